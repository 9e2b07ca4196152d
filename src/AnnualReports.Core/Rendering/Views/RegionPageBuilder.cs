using AnnualReports.Publishing;
using AnnualReports.Regions;
using AnnualReports.Reports;

namespace AnnualReports.Rendering.Views;

/// <summary>Builds a region page from the region's listing; orders are total, so any row order renders the same bytes.</summary>
internal static class RegionPageBuilder
{
    public static int PageCount(RegionListing listing, int agenciesPerPage) =>
        Math.Max(1, (listing.Agencies.Count + agenciesPerPage - 1) / agenciesPerPage);

    public static RegionPageModel Build(RegionListing listing, int page, int agenciesPerPage, Divisions divisions)
    {
        var division = divisions.Find(listing.Code) ?? throw new ArgumentException($"Unknown region {listing.Code}.", nameof(listing));
        var pageCount = PageCount(listing, agenciesPerPage);
        // A page past the last (the region lost agencies since its page count was read) renders with no agencies.
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);

        var totals = listing.Totals();
        var children = page == 1
            ? listing.Children.Select(c => new RegionLinkView(
                divisions.Find(c.Code)?.Name ?? c.Code, SitePaths.RegionUrl(c.Code), c.Agencies, c.Reports)).ToList()
            : [];
        var agencies = listing.AgenciesInOrder()
            .Skip((page - 1) * agenciesPerPage)
            .Take(agenciesPerPage)
            .Select(Agency)
            .ToList();
        var pager = new PagerView(
            page,
            pageCount,
            page > 1 ? SitePaths.RegionUrl(listing.Code, page - 1) : "",
            page < pageCount ? SitePaths.RegionUrl(listing.Code, page + 1) : "",
            pageCount == 1 ? [] : [.. Enumerable.Range(1, pageCount).Select(n => new PageLinkView(n, SitePaths.RegionUrl(listing.Code, n), n == page))]);
        return new RegionPageModel(
            division.IsNational ? "全国" : divisions.FullName(division.Code),
            division.IsNational,
            totals.Agencies,
            totals.Reports,
            children,
            agencies,
            listing.Agencies.Count,
            pager)
        {
            Totals = page == 1 ? RegionTotalsBuilder.Build(totals) : null,
        };
    }

    /// <summary>The trail from the home page down to the region (the region itself last, current).</summary>
    public static IReadOnlyList<Crumb> Crumbs(string code, Divisions divisions, bool lastIsCurrent)
    {
        var chain = divisions.Chain(code);
        return
        [
            .. chain.Select((d, i) => new Crumb(
                d.IsNational ? "首页" : d.Name,
                lastIsCurrent && i == chain.Count - 1 ? "" : SitePaths.RegionUrl(d.Code),
                lastIsCurrent && i == chain.Count - 1)),
        ];
    }

    private static ListedAgencyView Agency(AgencyListing a) => new(
        a.Name,
        SitePaths.AgencyUrl(a.AgencyId),
        a.Kind.ToLabel(),
        a.Latest.Year,
        SitePaths.ReportUrl(a.AgencyId, a.Latest.Year),
        a.LatestApplicationsReceived,
        a.LatestApplicationsCompleted,
        a.LatestReviewsAndLawsuits,
        [.. a.Reports.Skip(1).Select(r => new YearLinkView(r.Year, SitePaths.ReportUrl(a.AgencyId, r.Year)))]);
}
