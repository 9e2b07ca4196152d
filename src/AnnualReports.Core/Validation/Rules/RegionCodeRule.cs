using AnnualReports.Findings;
using AnnualReports.Regions;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>M-R5: a given region code is a GB/T 2260 division code the site knows (or 000000, the central level).</summary>
public sealed class RegionCodeRule : IReportRule
{
    public string Id => "M-R5";

    public Severity Severity => Severity.Error;

    public string TitleZh => "行政区划代码（agency.regionCode）须为国家标准 GB/T 2260 中的代码，中央机关为 000000";

    public string TitleEn => "The region code is a GB/T 2260 division code (000000 for the central government)";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var agency = report.Metadata.Agency;
        if (agency.RegionCode is not { } code || Divisions.Embedded.Contains(code))
        {
            yield break;
        }

        var match = Divisions.Embedded.Match(agency.Region);
        var hintZh = match.Division is { } d ? $"“{agency.Region}”的代码是 {d.Code}。" : "请按国家统计局公布的县级以上行政区划代码填写 6 位数字。";
        var hintEn = match.Division is { } e ? $"The code of \"{agency.Region}\" is {e.Code}." : "Use the 6-digit county-level or higher division code.";
        var cell = ReportCells.Field("/agency/regionCode", "行政区划代码", "region code");
        yield return new Finding(
            Id,
            Severity,
            $"行政区划代码“{code}”不在国家标准 GB/T 2260 的县级以上行政区划中。{hintZh}",
            $"Region code \"{code}\" is not a GB/T 2260 division (county level or higher). {hintEn}",
            ValueList.Of(cell),
            ValueList<decimal>.Empty,
            new SourceLocation(cell.Pointer));
    }
}
