using System.Globalization;
using System.Text;
using AnnualReports.OpenData;
using AnnualReports.Reports;

namespace AnnualReports.Totals;

/// <summary>
/// A report's table cells (or their sums) as compact text: one value per <see cref="TotalsColumns.Of"/> cell of the
/// layout, comma-separated, invariant culture; 0 and a blank cell are both written as nothing, since totals add a
/// blank as 0 (the rules do). About 300 characters for a typical report, so a summaries row holds many years.
/// </summary>
public static class CellVector
{
    /// <summary>The report's cells in its layout's order.</summary>
    public static string Encode(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var row = ReportRow.From(report);
        var positions = Positions(report.Layout);
        return Encode(positions.Select(p => row.Values[p] is { } text ? decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture) : 0m));
    }

    public static string Encode(IEnumerable<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var text = new StringBuilder();
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                text.Append(',');
            }

            first = false;
            if (value != 0)
            {
                text.Append(DataColumn.Format(value));
            }
        }

        return text.ToString();
    }

    /// <summary>The values of a vector of <paramref name="layout"/>; <c>null</c> for none, or one written with another set of columns.</summary>
    public static decimal[]? Decode(LayoutVersion layout, string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split(',');
        if (parts.Length != TotalsColumns.Of(layout).Count)
        {
            return null;
        }

        var values = new decimal[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length > 0 && !decimal.TryParse(parts[i], NumberStyles.Number, CultureInfo.InvariantCulture, out values[i]))
            {
                return null;
            }
        }

        return values;
    }

    private static readonly Dictionary<LayoutVersion, int[]> PositionsByLayout = Enum.GetValues<LayoutVersion>()
        .ToDictionary(l => l, l => TotalsColumns.Of(l).Select(c => DataColumns.IndexOf(c.Name)).ToArray());

    private static int[] Positions(LayoutVersion layout) => PositionsByLayout[layout];
}
