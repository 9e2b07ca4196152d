using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>
/// M-R3: the publish date is after the report year has ended (a report on year Y cannot be published before
/// 1 January Y+1); usually a typo in the date or the year. Skipped when the year is out of range (M-R2) or there is no date.
/// Cells: the publish date and the year. Numbers: [year].
/// </summary>
public sealed class PublishDateBeforeYearEndRule : IReportRule
{
    public string Id => "M-R3";

    public Severity Severity => Severity.Warning;

    public string TitleZh => "发布日期早于报告年度结束";

    public string TitleEn => "The publish date is before the end of the report year";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (year, published) = (report.Metadata.Year, report.Metadata.PublishDate);
        if (!ReportYears.IsInRange(year) || published is not { } publishDate || publishDate >= new DateOnly(year + 1, 1, 1))
        {
            yield break;
        }

        var date = publishDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        yield return new Finding(
            Id,
            Severity,
            $"发布日期 {date} 早于 {Say.N(year)} 年度结束，请核对发布日期和报告年度。",
            $"Publish date {date} is before the end of the report year {Say.N(year)}; check the date and the year.",
            ValueList.Of(
                ReportCells.Field("/publishDate", "发布日期", "publish date"),
                ReportCells.Field("/year", "报告年度", "report year")),
            ValueList.Of<decimal>(year),
            new SourceLocation("/publishDate"));
    }
}
