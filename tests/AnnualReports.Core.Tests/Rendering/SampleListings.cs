using AnnualReports.Regions;

namespace AnnualReports.Core.Tests.Rendering;

/// <summary>
/// The region listings <see cref="SampleSummaries"/> give: 威县 (130533) holds the two 威县 agencies, 邢台市 and
/// 河北省 hold only the totals of the level below, and the nation holds 河北省's totals and 示例县自然资源局, whose
/// made-up region names no division.
/// </summary>
internal static class SampleListings
{
    public static RegionListing County() => new("130533", [Agency("weixian-gov-office"), Agency("weixian-gov")], []);

    public static RegionListing City() => new("130500", [], [County().Totals()]);

    public static RegionListing Province() => new("130000", [], [City().Totals()]);

    public static RegionListing Nation() => new(Divisions.National, [Agency("example-county-natural-resources")], [Province().Totals()]);

    public static AgencyListing Agency(string agencyId) =>
        AgencyListing.From(SampleSummaries.All().Where(s => s.AgencyId == agencyId)) ?? throw new ArgumentException(agencyId, nameof(agencyId));
}
