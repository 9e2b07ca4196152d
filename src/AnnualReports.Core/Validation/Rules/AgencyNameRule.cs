using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>M-R4: the agency name is not empty; it is the report's title and the site's heading.</summary>
public sealed class AgencyNameRule : IReportRule
{
    public string Id => "M-R4";

    public Severity Severity => Severity.Error;

    public string TitleZh => "机关名称不能为空";

    public string TitleEn => "The agency name is not empty";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!string.IsNullOrWhiteSpace(report.Metadata.Agency.Name))
        {
            yield break;
        }

        var cell = ReportCells.Field("/agency/name", "机关名称", "agency name");
        yield return new Finding(
            Id,
            Severity,
            "机关名称为空，报告标题无法生成。",
            "The agency name is empty; the report has no title.",
            ValueList.Of(cell),
            ValueList<decimal>.Empty,
            new SourceLocation(cell.Pointer));
    }
}
