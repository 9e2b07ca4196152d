using AnnualReports.Publishing;
using AnnualReports.Reports;

namespace AnnualReports.Rendering.Views;

/// <summary>
/// Builds the agency pages from <see cref="ReportSummary"/> rows. Orders are total, so the same set of
/// summaries in any order renders the same bytes.
/// </summary>
internal static class IndexPageBuilder
{
    public static AgencyPageModel Agency(string agencyId, IReadOnlyList<ReportSummary> reports)
    {
        var own = Distinct(reports)
            .Where(r => string.Equals(r.AgencyId, agencyId, StringComparison.Ordinal))
            .OrderByDescending(r => r.Year)
            .ToList();
        if (own.Count == 0)
        {
            throw new ArgumentException($"No report of agency '{agencyId}' to list.", nameof(reports));
        }

        var newest = own[0];
        return new AgencyPageModel(newest.AgencyName, newest.Region, newest.AgencyKind.ToLabel(), [.. own.Select(Entry)], AgencyTrendsBuilder.Build(own)) { RegionCode = newest.RegionCode };
    }

    /// <summary>Newest publication first; ties broken by agency and year so the order never depends on the input's.</summary>
    public static IEnumerable<ReportSummary> NewestFirst(IEnumerable<ReportSummary> reports) => reports
        .OrderByDescending(r => r.PublishedAt)
        .ThenBy(r => r.AgencyId, StringComparer.Ordinal)
        .ThenByDescending(r => r.Year);

    /// <summary>One summary per agency and year (the newest publication wins), in a fixed order.</summary>
    public static List<ReportSummary> Distinct(IEnumerable<ReportSummary> reports) => reports
        .GroupBy(r => (r.AgencyId, r.Year))
        .Select(g => NewestFirst(g).First())
        .OrderBy(r => r.AgencyId, StringComparer.Ordinal)
        .ThenByDescending(r => r.Year)
        .ToList();

    private static ReportEntry Entry(ReportSummary r) => new(
        r.Title,
        r.AgencyName,
        r.Url,
        r.Year,
        CellText.Of(r.PublishDate),
        ReportPageBuilder.LayoutLabel(r.Layout),
        r.ApplicationsReceived,
        r.ApplicationsCarriedOver,
        r.ApplicationsCompleted,
        r.ReviewsAndLawsuits);
}
