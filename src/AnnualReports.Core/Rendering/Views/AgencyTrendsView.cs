using AnnualReports.Rendering.Charts;

namespace AnnualReports.Rendering.Views;

/// <summary>
/// The agency page's trends: each chart with a table of the same figures beside it (for screen readers, print and
/// anyone who wants the numbers), oldest year first.
/// </summary>
/// <param name="Notes">What the reader must know to compare the years (layouts, unknown figures, how shares are taken).</param>
public sealed record AgencyTrendsView(
    ChartView Received,
    TrendTableView Applications,
    IReadOnlyList<ChartView> OutcomeShares,
    TrendTableView Outcomes,
    ChartView Reviews,
    ChartView Lawsuits,
    TrendTableView Cases,
    IReadOnlyList<string> Notes);

/// <summary>A table of figures by year: the text equivalent of one or more charts.</summary>
public sealed record TrendTableView(string Id, string Caption, IReadOnlyList<string> Headers, IReadOnlyList<TrendRowView> Rows);

/// <summary>One year's row: the year (linking to its report) and its cells, already written.</summary>
public sealed record TrendRowView(string Year, string Url, IReadOnlyList<string> Cells);
