using AnnualReports.OpenData;
using AnnualReports.Reports;

namespace AnnualReports.Totals;

/// <summary>
/// The table cells a layout has (表二, 表三, 表四), in the fixed order of <see cref="DataColumns.All"/>: the order
/// of a stored cell vector. Columns are only ever added (docs/open-data.md), so a vector of another length was
/// written before a column was added and is read as unknown.
/// </summary>
public static class TotalsColumns
{
    private static readonly IReadOnlyList<DataColumn> Of2019 = Build(LayoutVersion.V2019);
    private static readonly IReadOnlyList<DataColumn> Of2021 = Build(LayoutVersion.V2021);
    private static readonly Positions Positions2019 = new(Of2019);
    private static readonly Positions Positions2021 = new(Of2021);

    public static IReadOnlyList<DataColumn> Of(LayoutVersion layout) => layout switch
    {
        LayoutVersion.V2019 => Of2019,
        LayoutVersion.V2021 => Of2021,
        _ => throw new ArgumentOutOfRangeException(nameof(layout)),
    };

    /// <summary>The position of the named cell in a vector of <paramref name="layout"/>.</summary>
    public static int IndexOf(LayoutVersion layout, string name) =>
        PositionsOf(layout).ByName.TryGetValue(name, out var i)
            ? i
            : throw new ArgumentException($"The {layout.ToCode()} layout has no cell named '{name}'.", nameof(name));

    /// <summary>The position of the cell at <paramref name="pointer"/> (its <c>report.json</c> pointer) in a vector of <paramref name="layout"/>.</summary>
    public static int IndexOfPointer(LayoutVersion layout, string pointer) =>
        PositionsOf(layout).ByPointer.TryGetValue(pointer, out var i)
            ? i
            : throw new ArgumentException($"The {layout.ToCode()} layout has no cell at '{pointer}'.", nameof(pointer));

    private static Positions PositionsOf(LayoutVersion layout) => layout switch
    {
        LayoutVersion.V2019 => Positions2019,
        LayoutVersion.V2021 => Positions2021,
        _ => throw new ArgumentOutOfRangeException(nameof(layout)),
    };

    private static List<DataColumn> Build(LayoutVersion layout)
    {
        var code = layout.ToCode();
        return [.. DataColumns.All.Where(c => c.Table != DataColumns.Metadata && c.Layouts.Split(", ").Contains(code))];
    }

    /// <summary>Each cell's position by name and by pointer, built once per layout.</summary>
    private sealed class Positions(IReadOnlyList<DataColumn> columns)
    {
        public Dictionary<string, int> ByName { get; } = columns.Select((c, i) => (c.Name, i)).ToDictionary(c => c.Name, c => c.i, StringComparer.Ordinal);

        public Dictionary<string, int> ByPointer { get; } = columns.Select((c, i) => (c.Pointer, i)).ToDictionary(c => c.Pointer, c => c.i, StringComparer.Ordinal);
    }
}
