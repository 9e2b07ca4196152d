using AnnualReports.Reports;
using AnnualReports.Totals;

namespace AnnualReports.Regions;

/// <summary>
/// One region's partition of the summaries: its own agencies (those whose code is the region's) and the totals of
/// each non-empty sub-region. Everything a region page, its sitemap shard and its parent's totals need; its size is
/// bounded by the region's own agencies and sub-regions, whatever the size of the site.
/// </summary>
public sealed record RegionListing(string Code, IReadOnlyList<AgencyListing> Agencies, IReadOnlyList<RegionTotals> Children)
{
    public static RegionListing Empty(string code) => new(code, [], []);

    /// <summary>The region's totals for its parent: its agencies and reports and those of every sub-region.</summary>
    public RegionTotals Totals()
    {
        var latest = Agencies.Select(a => (DateTimeOffset?)a.Reports.Max(r => r.PublishedAt))
            .Concat(Children.Select(c => c.Latest))
            .Max();
        return new RegionTotals(
            Code,
            Agencies.Count + Children.Sum(c => c.Agencies),
            Agencies.Sum(a => a.Reports.Count) + Children.Sum(c => c.Reports),
            latest,
            Years());
    }

    /// <summary>
    /// Its own agencies' reports and its sub-regions' totals summed by year and layout; <c>null</c> when a sub-region's
    /// totals are not known (they are settled bottom-up, so a regeneration fills them in).
    /// </summary>
    public ValueList<YearTotals>? Years() =>
        Children.Any(c => c.Years is null)
            ? null
            : YearTotals.Sum(Agencies.SelectMany(a => a.Reports.Select(r => YearTotals.Of(r.Year, r.Layout, r.Cells)))
                .Concat(Children.SelectMany(c => c.Years!)));

    /// <summary>The agencies in page order: by name, then id, so the order never depends on the store's.</summary>
    public IReadOnlyList<AgencyListing> AgenciesInOrder() =>
        [.. Agencies.OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.AgencyId, StringComparer.Ordinal)];
}
