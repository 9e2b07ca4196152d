using AnnualReports.Reports;
using AnnualReports.Trends;

namespace AnnualReports.Totals;

/// <summary>
/// Summed cells read back as the national format's tables 二, 三 and 四 and as the headline figures, so a region's
/// totals render with the same partials and charts as one report. Counts are whole numbers (a sum of counts).
/// </summary>
public static class TotalsTables
{
    private const string Table2Prefix = "/table2/";

    /// <summary>表二 of the layout, each field the sum of its cells (amounts keep their decimals).</summary>
    public static Table2 Table2(YearTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var values = TotalsColumns.Of(totals.Layout)
            .Select((c, i) => (c.Pointer, i))
            .Where(c => c.Pointer.StartsWith(Table2Prefix, StringComparison.Ordinal))
            .ToDictionary(c => c.Pointer[Table2Prefix.Length..], c => (decimal?)totals.Sums[c.i], StringComparer.Ordinal);
        return Table2Fields.Build(totals.Layout == LayoutVersion.V2019, values);
    }

    public static Table3 Table3(YearTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var rows = Table3Layout.For(totals.Layout).Rows.ToDictionary(
            d => d.Row,
            d => ApplicantCounts.FromCells([.. ApplicantCounts.Columns.Select(c => (int?)Count(totals, $"{d.Pointer}/{(int)c}"))]));
        return new Table3(totals.Layout, rows);
    }

    public static Table4 Table4(YearTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return Reports.Table4.FromCells([.. Enumerable.Range(0, 15).Select(i => (int?)Count(totals, $"/table4/{i}"))]);
    }

    /// <summary>The headline figures of the summed tables, computed as for one report (<see cref="HeadlineFigures.From"/>).</summary>
    public static HeadlineFigures Figures(YearTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return HeadlineFigures.From(Table3(totals), Table4(totals));
    }

    private static int Count(YearTotals totals, string pointer) => checked((int)totals.Sums[TotalsColumns.IndexOfPointer(totals.Layout, pointer)]);
}
