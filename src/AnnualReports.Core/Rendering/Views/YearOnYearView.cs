namespace AnnualReports.Rendering.Views;

/// <summary>The report page's comparison with the same agency's report of the year before.</summary>
/// <param name="HasPrevious">False when that report is not published here: <paramref name="Notes"/> then says so and there are no rows.</param>
/// <param name="PreviousUrl">The previous year's report page, or empty.</param>
public sealed record YearOnYearView(
    bool HasPrevious,
    string PreviousYear,
    string Year,
    string PreviousUrl,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ChangeRowView> Rows);

/// <summary>One figure: last year, this year, the change and the change in per cent, already written.</summary>
public sealed record ChangeRowView(string Label, string Previous, string Current, string Difference, string PerCent);
