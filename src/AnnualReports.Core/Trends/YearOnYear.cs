using AnnualReports.Reports;

namespace AnnualReports.Trends;

/// <summary>One headline figure this year against the year before.</summary>
/// <param name="PerCent">The change in per cent of the previous value, one decimal; <c>null</c> when the previous value is 0.</param>
public sealed record FigureChange(HeadlineFigure Figure, int Previous, int Current, int Difference, double? PerCent);

/// <summary>
/// A report's headline figures compared with the same agency's report of the year before. Only figures both layouts
/// have are compared (<see cref="HeadlineFigureLabels.In"/>); <see cref="LayoutsDiffer"/> says when that matters.
/// </summary>
public sealed record YearOnYear(int Year, LayoutVersion Layout, int PreviousYear, LayoutVersion PreviousLayout, IReadOnlyList<FigureChange> Changes)
{
    public bool LayoutsDiffer => Layout != PreviousLayout;

    public static YearOnYear Compare(AnnualReport report, PreviousYearFigures previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(previous);
        return Compare(report.Metadata.Year, report.Layout, HeadlineFigures.From(report), previous);
    }

    public static YearOnYear Compare(int year, LayoutVersion layout, HeadlineFigures current, PreviousYearFigures previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        var shared = HeadlineFigureLabels.In(layout).Intersect(HeadlineFigureLabels.In(previous.Layout));
        return new YearOnYear(
            year,
            layout,
            previous.Year,
            previous.Layout,
            [.. shared.Select(f => Change(f, previous.Figures[f], current[f]))]);
    }

    public static FigureChange Change(HeadlineFigure figure, int previous, int current) => new(
        figure,
        previous,
        current,
        current - previous,
        previous == 0 ? null : Math.Round(100.0 * (current - previous) / previous, 1, MidpointRounding.AwayFromZero));
}
