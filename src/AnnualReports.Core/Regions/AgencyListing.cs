using AnnualReports.Publishing;
using AnnualReports.Reports;

namespace AnnualReports.Regions;

/// <summary>
/// One agency as its region's page, sitemap shard and totals need it: who it is, its latest report's figures and the
/// year and publication time of each report. Derived from the agency's partition of the reports table only.
/// </summary>
/// <param name="Reports">Every published report, newest year first.</param>
public sealed record AgencyListing(
    string AgencyId,
    string Name,
    AgencyKind Kind,
    string Region,
    string RegionCode,
    int LatestApplicationsReceived,
    int LatestApplicationsCompleted,
    int LatestReviewsAndLawsuits,
    ValueList<ListedReport> Reports)
{
    public ListedReport Latest => Reports[0];

    /// <summary>The listing of the agency whose reports these are, named and placed as its newest report says; <c>null</c> for none.</summary>
    public static AgencyListing? From(IEnumerable<ReportSummary> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var own = reports.OrderByDescending(r => r.Year).ThenByDescending(r => r.PublishedAt).DistinctBy(r => r.Year).ToList();
        if (own.Count == 0)
        {
            return null;
        }

        var newest = own[0];
        return new AgencyListing(
            newest.AgencyId,
            newest.AgencyName,
            newest.AgencyKind,
            newest.Region,
            newest.RegionCode,
            newest.ApplicationsReceived,
            newest.ApplicationsCompleted,
            newest.ReviewsAndLawsuits,
            own.Select(r => new ListedReport(r.Year, r.PublishedAt, r.Layout, r.Cells)).ToValueList());
    }
}

/// <summary>One published report of a listed agency.</summary>
/// <param name="Cells">Its table cells (<see cref="Totals.CellVector"/>) for the region's totals; <c>null</c> when not known.</param>
public sealed record ListedReport(int Year, DateTimeOffset PublishedAt, LayoutVersion Layout = LayoutVersion.V2021, string? Cells = null);
