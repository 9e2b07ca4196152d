namespace AnnualReports.Rendering.Views;

/// <summary>
/// A region page's 地区汇总: its reports' tables summed by year and layout (its sub-regions included), computed by
/// this site. <see cref="Trends"/> and <see cref="Latest"/> are empty while the totals are not known.
/// </summary>
/// <param name="Notes">What the totals are (not an official report), how they are taken, and what they leave out.</param>
/// <param name="Years">One row per year and layout: reports summed, agencies without a report, the headline figures.</param>
/// <param name="Latest">The latest year's summed 表三 and 表四, one per layout.</param>
public sealed record RegionTotalsView(
    IReadOnlyList<string> Notes,
    TrendTableView? Years,
    AgencyTrendsView? Trends,
    IReadOnlyList<TotalsTablesView> Latest)
{
    public bool IsKnown => Years is not null;
}

/// <summary>One year and layout's summed tables 二, 三 and 四, with the ids their captions take on the page.</summary>
public sealed record TotalsTablesView(
    string Heading, string Table2CaptionId, Table2View Table2, string Table3CaptionId, Table3View Table3, string Table4CaptionId, Table4View Table4);
