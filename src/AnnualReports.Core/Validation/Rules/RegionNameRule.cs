using AnnualReports.Findings;
using AnnualReports.Regions;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>
/// M-R6: without a region code, the region name names exactly one division, so the agency can be placed in the
/// hierarchy; otherwise it is listed at the national level until the code is given.
/// </summary>
public sealed class RegionNameRule : IReportRule
{
    private const int MaxCandidatesShown = 5;

    public string Id => "M-R6";

    public Severity Severity => Severity.Warning;

    public string TitleZh => "未填行政区划代码时，行政区划名称须唯一对应一个县级以上行政区划";

    public string TitleEn => "Without a region code, the region name names exactly one division";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var agency = report.Metadata.Agency;
        if (agency.RegionCode is not null)
        {
            yield break;
        }

        var match = Divisions.Embedded.Match(agency.Region);
        if (match.IsUnambiguous)
        {
            yield break;
        }

        var shown = string.Join("、", match.Candidates.Take(MaxCandidatesShown).Select(c => $"{c.Code} {Divisions.Embedded.FullName(c.Code)}"));
        var cell = ReportCells.Field("/agency/region", "行政区划", "region");
        yield return match.IsAmbiguous
            ? new Finding(
                Id,
                Severity,
                $"行政区划“{agency.Region}”对应多个行政区划（{shown}），暂列于全国层级；请在数据文件中填写 agency.regionCode。",
                $"Region \"{agency.Region}\" names several divisions ({shown}); the agency is listed at the national level until agency.regionCode is given.",
                ValueList.Of(cell),
                ValueList<decimal>.Empty,
                new SourceLocation(cell.Pointer))
            : new Finding(
                Id,
                Severity,
                $"行政区划“{agency.Region}”不是县级以上行政区划的名称，暂列于全国层级；请写完整名称（如 河北省邢台市威县）或填写 agency.regionCode。",
                $"Region \"{agency.Region}\" names no division; the agency is listed at the national level until a full name (e.g. 河北省邢台市威县) or agency.regionCode is given.",
                ValueList.Of(cell),
                ValueList<decimal>.Empty,
                new SourceLocation(cell.Pointer));
    }
}
