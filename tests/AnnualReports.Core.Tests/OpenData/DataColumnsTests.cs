using System.Text.RegularExpressions;
using AnnualReports.Core.Tests.Rendering;
using AnnualReports.OpenData;

namespace AnnualReports.Core.Tests.OpenData;

public partial class DataColumnsTests
{
    [Fact]
    public void TheColumnNamesAreThePublishedContract()
    {
        // One name a line, so a change shows as a readable diff; refresh with UPDATE_GOLDEN=1 only for a deliberate change.
        GoldenFile.Verify("reports-columns.txt", string.Join("\n", DataColumns.Names) + "\n");
    }

    [Fact]
    public void NamesAreUniqueSnakeCase()
    {
        Assert.Equal(DataColumns.Names.Count, DataColumns.Names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(DataColumns.Names, name => Assert.Matches(SnakeCase(), name));
    }

    [Theory]
    [InlineData("t3_received_natural_person", "/table3/received/0", "一、本年新收政府信息公开申请数量 · 自然人")]
    [InlineData("t3_refused_state_secret_total", "/table3/refused/stateSecret/6", "三、本年度办理结果 （三）不予公开 1.属于国家秘密 · 总计")]
    [InlineData("t3_other_handling_commercial_enterprise", "/table3/otherHandling/1", "三、本年度办理结果 （六）其他处理 · 商业企业")]
    [InlineData("t4_review_corrected", "/table4/1", "行政复议 · 结果纠正")]
    [InlineData("t4_litigation_after_review_total", "/table4/14", "行政诉讼·复议后起诉 · 总计")]
    [InlineData("t2_rules_in_force", "/table2/rules/inForce", "规章 现行有效件数")]
    [InlineData("t2_procurement_total_amount", "/table2/procurement/totalAmount", "政府集中采购 采购总金额")]
    public void ACellIsNamedFromItsDataFilePointer(string name, string pointer, string label)
    {
        var column = DataColumns.All.Single(c => c.Name == name);

        Assert.Equal((pointer, label), (column.Pointer, column.LabelZh));
    }

    [Fact]
    public void EveryCellOfBothLayoutsHasAColumn()
    {
        Assert.Equal(8, DataColumns.All.Count(c => c.Table == DataColumns.Metadata));
        Assert.Equal(26 * 7, DataColumns.All.Count(c => c.Table == "表三"));
        Assert.Equal(15, DataColumns.All.Count(c => c.Table == "表四"));
        Assert.Equal(["2019"], DataColumns.All.Where(c => c.Name.StartsWith("t3_other_handling_", StringComparison.Ordinal) && c.Name.EndsWith("_total", StringComparison.Ordinal) && c.Pointer == "/table3/otherHandling/6").Select(c => c.Layouts));
        Assert.Equal("2019, 2021", DataColumns.All.Single(c => c.Name == "t2_licensing_decisions").Layouts);
        Assert.Equal("2021", DataColumns.All.Single(c => c.Name == "t2_fees_amount").Layouts);
    }

    [Fact]
    public void RuleRelationsNameTheRules()
    {
        string Relations(string name) => string.Join("；", DataColumns.All.Single(c => c.Name == name).Relations);

        Assert.Contains("T3-R1", Relations("t3_received_total"), StringComparison.Ordinal);
        Assert.Contains("T3-R3", Relations("t3_received_total"), StringComparison.Ordinal);
        Assert.Contains("T3-R2", Relations("t3_total_natural_person"), StringComparison.Ordinal);
        Assert.Contains("T3-X1", Relations("t3_carried_over_total"), StringComparison.Ordinal);
        Assert.Contains("= 结果维持 + 结果纠正 + 其他结果 + 尚未审结（T4-R2）", Relations("t4_litigation_direct_total"), StringComparison.Ordinal);
        Assert.Contains("T2-X1", Relations("t2_normative_documents_in_force"), StringComparison.Ordinal);
        Assert.Empty(Relations("agency_name"));
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();
}
