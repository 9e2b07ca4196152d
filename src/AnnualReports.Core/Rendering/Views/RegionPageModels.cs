namespace AnnualReports.Rendering.Views;

/// <summary>
/// One page of a region: its totals, its sub-regions with theirs (first page only) and one page of its own agencies.
/// The nation's first page is the home page: the provinces and the central-government departments.
/// </summary>
public sealed record RegionPageModel(
    string Name,
    bool IsNational,
    int AgencyCount,
    int ReportCount,
    IReadOnlyList<RegionLinkView> Children,
    IReadOnlyList<ListedAgencyView> Agencies,
    int OwnAgencyCount,
    PagerView Pager)
{
    /// <summary>The folder of the region's open data files (its own agencies' reports), e.g. <c>/data/regions/130533/</c>.</summary>
    public string DataUrl { get; init; } = "";

    /// <summary>The region's 地区汇总 (first page only); <c>null</c> on later pages and for a region without reports.</summary>
    public RegionTotalsView? Totals { get; init; }

    public bool HasTotals => Totals is not null;
}

/// <summary>A sub-region as its parent lists it.</summary>
public sealed record RegionLinkView(string Name, string Url, int Agencies, int Reports);

/// <summary>An agency as its region lists it: its latest report's figures and links to the earlier ones.</summary>
public sealed record ListedAgencyView(
    string Name,
    string Url,
    string Kind,
    int LatestYear,
    string LatestUrl,
    int ApplicationsReceived,
    int ApplicationsCompleted,
    int ReviewsAndLawsuits,
    IReadOnlyList<YearLinkView> Earlier);

public sealed record YearLinkView(int Year, string Url);

/// <summary>Links between the pages of one list; <see cref="Pages"/> is empty when everything fits on one page.</summary>
public sealed record PagerView(int Page, int PageCount, string PreviousUrl, string NextUrl, IReadOnlyList<PageLinkView> Pages);

public sealed record PageLinkView(int Number, string Url, bool IsCurrent);
