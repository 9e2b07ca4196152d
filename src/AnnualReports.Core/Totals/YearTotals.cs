using AnnualReports.Reports;

namespace AnnualReports.Totals;

/// <summary>
/// The table cells of one year's reports in one layout, summed cell by cell (a blank cell adds as 0): one report's
/// cells, an agency's, or a region's with its sub-regions'. A year some of whose reports use the 2019 layout and
/// some the 2021 layout has one of each.
/// </summary>
/// <param name="Reports">The reports whose cells are in <see cref="Sums"/>.</param>
/// <param name="WithoutData">Reports of the year and layout whose cells are not known (saved before cells were kept): counted, not summed.</param>
/// <param name="Sums">One value per <see cref="TotalsColumns.Of"/> cell of the layout.</param>
public sealed record YearTotals(int Year, LayoutVersion Layout, int Reports, int WithoutData, ValueList<decimal> Sums)
{
    /// <summary>One report: its cells, or, for <c>null</c> cells (unknown), a report without data.</summary>
    public static YearTotals Of(int year, LayoutVersion layout, string? cells) =>
        CellVector.Decode(layout, cells) is { } values
            ? new YearTotals(year, layout, 1, 0, new ValueList<decimal>(values))
            : new YearTotals(year, layout, 0, 1, Zero(layout));

    /// <summary>The totals by year and layout, oldest year first (2019 layout before 2021 within a year).</summary>
    public static ValueList<YearTotals> Sum(IEnumerable<YearTotals> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts.GroupBy(p => (p.Year, p.Layout))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Layout)
            .Select(g =>
            {
                var sums = new decimal[TotalsColumns.Of(g.Key.Layout).Count];
                foreach (var part in g)
                {
                    for (var i = 0; i < sums.Length; i++)
                    {
                        sums[i] += part.Sums[i];
                    }
                }

                return new YearTotals(g.Key.Year, g.Key.Layout, g.Sum(p => p.Reports), g.Sum(p => p.WithoutData), new ValueList<decimal>(sums));
            })
            .ToValueList();
    }

    /// <summary>The sum of the named cell (a <see cref="OpenData.DataColumn"/> name the layout has).</summary>
    public decimal this[string name] => Sums[TotalsColumns.IndexOf(Layout, name)];

    private static ValueList<decimal> Zero(LayoutVersion layout) => new(new decimal[TotalsColumns.Of(layout).Count]);
}
