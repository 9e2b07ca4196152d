using AnnualReports.Reports;

namespace AnnualReports.Regions;

/// <summary>
/// Gives a report's agency its division code: the code the input carries, else the one its region name names
/// unambiguously (河北省邢台市威县 → 130533). Rules M-R5 and M-R6 report a code that is not in the list and a name that
/// names no one division; such an agency is listed at the national level until its code is given.
/// </summary>
public static class RegionPlacement
{
    public static AnnualReport Complete(AnnualReport report, Divisions? divisions = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var agency = report.Metadata.Agency;
        if (agency.RegionCode is not null || (divisions ?? Divisions.Embedded).Match(agency.Region).Division is not { } division)
        {
            return report;
        }

        return report with { Metadata = report.Metadata with { Agency = agency with { RegionCode = division.Code } } };
    }

    /// <summary>Where the agency is listed: its code when the list knows it, else the national level.</summary>
    public static string CodeOf(Agency agency, Divisions? divisions = null)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return CodeOf(agency.RegionCode, agency.Region, divisions);
    }

    /// <summary>Where an agency with this code (or, without one, this region name) is listed.</summary>
    public static string CodeOf(string? regionCode, string? region, Divisions? divisions = null)
    {
        var list = divisions ?? Divisions.Embedded;
        if (regionCode is not null)
        {
            return list.Contains(regionCode) ? regionCode : Divisions.National;
        }

        return list.Match(region).Division?.Code ?? Divisions.National;
    }
}
