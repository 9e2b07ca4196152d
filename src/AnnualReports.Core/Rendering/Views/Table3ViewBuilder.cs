using System.Collections.Frozen;
using AnnualReports.Reports;

namespace AnnualReports.Rendering.Views;

/// <summary>
/// Lays out table 三's body with the nested row heads of the national format: 一 and 二 span the three label
/// columns; 三、本年度办理结果 spans its rows; a group with items (（三）不予公开 …) spans its items; a group
/// without items spans the two inner label columns. The row heads depend on the layout only and are laid out once.
/// </summary>
internal static class Table3ViewBuilder
{
    public const int LabelColumns = 3;

    private static readonly FrozenDictionary<LayoutVersion, RowHeads[][]> Layouts =
        Enum.GetValues<LayoutVersion>().ToFrozenDictionary(layout => layout, layout => Groups(Table3Layout.For(layout).Rows));

    public static Table3View Build(Table3 table)
    {
        var groups = Layouts[table.Layout];
        var views = new RowGroup[groups.Length];
        var count = 0;
        for (var g = 0; g < groups.Length; g++)
        {
            var rows = new TableRow[groups[g].Length];
            for (var r = 0; r < rows.Length; r++)
            {
                rows[r] = new TableRow(groups[g][r].Heads, Cells(table, groups[g][r].Row));
            }

            views[g] = new RowGroup(rows);
            count += rows.Length;
        }

        return new Table3View(views, count);
    }

    private static DataCell[] Cells(Table3 table, Table3Row row)
    {
        var counts = table[row];
        var cells = new DataCell[ApplicantCounts.Columns.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var column = ApplicantCounts.Columns[i];
            cells[i] = CellPointers.Table3(table.Layout, row, column, counts[column]);
        }

        return cells;
    }

    /// <summary>The row groups (<c>&lt;tbody&gt;</c>) of a layout: a run of rows under one heading each.</summary>
    private static RowHeads[][] Groups(IReadOnlyList<Table3RowDefinition> definitions)
    {
        var groups = new List<RowHeads[]>();
        var index = 0;
        while (index < definitions.Count)
        {
            var heading = definitions[index].Heading;
            var run = definitions.Skip(index).TakeWhile(d => d.Heading == heading).ToList();
            groups.Add(run[0].Group is null ? [.. run.Select(TopLevelRow)] : ResultsGroup(run));
            index += run.Count;
        }

        return [.. groups];
    }

    private static RowHeads TopLevelRow(Table3RowDefinition d) => Shared(new(d.Row, [new HeaderCell(d.Heading, "row", LabelColumns)]));

    /// <summary>The heads are on every page: Fluid's wrappers for them are made once.</summary>
    private static RowHeads Shared(RowHeads row)
    {
        SharedFluidValues.Share(row.Heads);
        return row;
    }

    /// <summary>三、本年度办理结果 and its groups: one row group, the heading spanning all of it.</summary>
    private static RowHeads[] ResultsGroup(List<Table3RowDefinition> run)
    {
        var rows = new List<RowHeads>();
        for (var i = 0; i < run.Count; i++)
        {
            var d = run[i];
            var heads = new List<HeaderCell>();
            if (i == 0)
            {
                heads.Add(new HeaderCell(d.Heading, "rowgroup", Rowspan: run.Count));
            }

            if (d.Item is null)
            {
                heads.Add(new HeaderCell(d.Group!, "row", Colspan: LabelColumns - 1));
            }
            else
            {
                if (i == 0 || run[i - 1].Group != d.Group)
                {
                    var items = run.Skip(i).TakeWhile(r => r.Group == d.Group).Count();
                    heads.Add(new HeaderCell(d.Group!, "row", Rowspan: items));
                }

                heads.Add(new HeaderCell(d.Item, "row"));
            }

            rows.Add(Shared(new RowHeads(d.Row, [.. heads])));
        }

        return [.. rows];
    }

    /// <summary>A body row's heads, shared by every page of the layout.</summary>
    private sealed record RowHeads(Table3Row Row, HeaderCell[] Heads);
}
