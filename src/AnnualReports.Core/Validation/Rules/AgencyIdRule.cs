using AnnualReports.Findings;
using AnnualReports.Publishing;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>M-R1: the agency id is a URL-safe slug (<see cref="AgencyIds"/>); it names the report's folder on the site.</summary>
public sealed class AgencyIdRule : IReportRule
{
    public string Id => "M-R1";

    public Severity Severity => Severity.Error;

    public string TitleZh => "机关标识（agency.id）须为小写字母、数字和连字符组成的网址片段";

    public string TitleEn => "The agency id is a URL-safe slug (lowercase letters, digits, hyphens)";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var id = report.Metadata.Agency.Id;
        if (AgencyIds.IsValid(id))
        {
            yield break;
        }

        var cell = ReportCells.Field("/agency/id", "机关标识", "agency id");
        yield return new Finding(
            Id,
            Severity,
            $"机关标识“{id}”无效：只能使用小写字母、数字和连字符，不能以连字符开头或结尾，最长 64 个字符，例如 weixian-gov-office。",
            $"Agency id \"{id}\" is not valid: use lowercase letters, digits and hyphens, not starting or ending with a hyphen, at most 64 characters (e.g. weixian-gov-office).",
            ValueList.Of(cell),
            ValueList<decimal>.Empty,
            new SourceLocation(cell.Pointer));
    }
}
