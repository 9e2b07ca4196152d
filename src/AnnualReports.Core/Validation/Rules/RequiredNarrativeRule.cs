using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>
/// N-R1: the narrative sections the 条例 第五十条 requires are not empty (格式：“不能遗漏”): 一、总体情况,
/// 五、存在的主要问题及改进情况, 六、其他需要报告的事项. A section is empty when none of its headings or paragraphs
/// holds any non-blank text. One finding per empty section. Cells: the section.
/// </summary>
public sealed class RequiredNarrativeRule : IReportRule
{
    public string Id => "N-R1";

    public Severity Severity => Severity.Warning;

    public string TitleZh => "必备的文字部分（一、五、六）为空，报告内容不能遗漏";

    public string TitleEn => "A required narrative section (1, 5 or 6) is empty";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sections = new[]
        {
            (report.Overview, "/overview", "一、总体情况", "section 1, overview"),
            (report.Problems, "/problems", "五、存在的主要问题及改进情况", "section 5, problems and improvements"),
            (report.OtherMatters, "/otherMatters", "六、其他需要报告的事项", "section 6, other matters"),
        };
        foreach (var (section, pointer, zh, en) in sections.Where(s => IsBlank(s.Item1)))
        {
            yield return new Finding(
                Id,
                Severity,
                $"“{zh}”没有内容。年度报告内容要严格按照《条例》第五十条的规定确定，不能遗漏；没有可报告的事项时，请写明“无”。",
                $"{char.ToUpperInvariant(en[0])}{en[1..]} is empty; the 条例 (article 50) requires it. If there is nothing to report, say so in the section.",
                ValueList.Of(ReportCells.Field(pointer, zh, en)),
                ValueList<decimal>.Empty,
                new SourceLocation(pointer));
        }
    }

    private static bool IsBlank(NarrativeSection section) =>
        section.Blocks.All(b => string.IsNullOrWhiteSpace(b.Heading) && b.Paragraphs.All(string.IsNullOrWhiteSpace));
}
