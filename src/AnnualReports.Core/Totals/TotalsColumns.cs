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

    public static IReadOnlyList<DataColumn> Of(LayoutVersion layout) => layout switch
    {
        LayoutVersion.V2019 => Of2019,
        LayoutVersion.V2021 => Of2021,
        _ => throw new ArgumentOutOfRangeException(nameof(layout)),
    };

    /// <summary>The position of the named cell in a vector of <paramref name="layout"/>.</summary>
    public static int IndexOf(LayoutVersion layout, string name)
    {
        var columns = Of(layout);
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Name == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"The {layout.ToCode()} layout has no cell named '{name}'.", nameof(name));
    }

    private static List<DataColumn> Build(LayoutVersion layout)
    {
        var code = layout.ToCode();
        return [.. DataColumns.All.Where(c => c.Table != DataColumns.Metadata && c.Layouts.Split(", ").Contains(code))];
    }
}
