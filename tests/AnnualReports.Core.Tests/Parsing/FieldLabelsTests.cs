using AnnualReports.Parsing;
using AnnualReports.Reports;

namespace AnnualReports.Core.Tests.Parsing;

public class FieldLabelsTests
{
    [Fact]
    public void NamesATable3CellByRowAndColumn()
    {
        var cell = FieldLabels.Cell("/table3/refused/stateSecret/6");

        Assert.Contains("1.属于国家秘密", cell.LabelZh, StringComparison.Ordinal);
        Assert.Contains("总计", cell.LabelZh, StringComparison.Ordinal);
        Assert.Contains("state secret", cell.LabelEn, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesTable2CellsInTheWordingOfTheirLayout()
    {
        Assert.Equal("表二“行政规范性文件 本年制发件数”", FieldLabels.Cell("/table2/normativeDocuments/issued").LabelZh);
        Assert.Equal("表二“规范性文件 本年新制作数量”", FieldLabels.Cell("/table2/normativeDocuments/newlyMade", LayoutVersion.V2019).LabelZh);
    }

    [Fact]
    public void NamesATable4CellByGroupAndOutcome()
    {
        Assert.Equal("表四“行政诉讼·复议后起诉”的“总计”", FieldLabels.Cell("/table4/14").LabelZh);
    }

    [Fact]
    public void NamesAParagraphByItsSection()
    {
        var cell = FieldLabels.Cell("/overview/0/paragraphs/1");

        Assert.Equal("一、总体情况（/overview/0/paragraphs/1）", cell.LabelZh);
        Assert.Equal("/overview/0/paragraphs/1", cell.Pointer);
    }
}
