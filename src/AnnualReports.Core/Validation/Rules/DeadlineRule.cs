using System.Globalization;
using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>
/// D-R1: the report was published by the legal deadline (《条例》第四十九条, <see cref="AgencyKinds.Deadline"/>):
/// 1月31日 for a department, 3月31日 for a people's government. Skipped when the year is out of range (M-R2).
/// Without a publish date the rule says it could not be checked. Cells: the publish date. Numbers: [days after the deadline].
/// </summary>
public sealed class DeadlineRule : IReportRule
{
    public string Id => "D-R1";

    public Severity Severity => Severity.Warning;

    public string TitleZh => "发布日期晚于《条例》第四十九条规定的期限（政府部门1月31日，人民政府3月31日）";

    public string TitleEn => "Published after the legal deadline (31 January for departments, 31 March for people's governments)";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var metadata = report.Metadata;
        if (!ReportYears.IsInRange(metadata.Year))
        {
            yield break;
        }

        var deadline = metadata.Agency.Kind.Deadline(metadata.Year);
        var due = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var cell = ReportCells.Field("/publishDate", "发布日期", "publish date");
        if (metadata.PublishDate is not { } publishDate)
        {
            yield return new Finding(
                Id,
                Severity,
                $"报告没有发布日期，无法核对是否在法定期限 {due} 之前发布（《条例》第四十九条）。",
                $"The report has no publish date, so publication by the legal deadline {due} could not be checked.",
                ValueList.Of(cell),
                ValueList<decimal>.Empty,
                new SourceLocation(cell.Pointer));
            yield break;
        }

        if (publishDate <= deadline)
        {
            yield break;
        }

        var daysLate = publishDate.DayNumber - deadline.DayNumber;
        var published = publishDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        yield return new Finding(
            Id,
            Severity,
            $"发布日期 {published} 晚于{metadata.Agency.Kind.ToLabel()}的法定期限 {due}（《条例》第四十九条），逾期 {Say.N(daysLate)} 天。",
            $"Published on {published}, {Say.N(daysLate)} days after the legal deadline {due} for a {(metadata.Agency.Kind == AgencyKind.Department ? "department" : "people's government")}.",
            ValueList.Of(cell),
            ValueList.Of<decimal>(daysLate),
            new SourceLocation(cell.Pointer));
    }
}
