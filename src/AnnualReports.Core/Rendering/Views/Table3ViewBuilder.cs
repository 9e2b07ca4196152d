using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Rendering.Views;

/// <summary>
/// Lays out table 三's body with the nested row heads of the national format: 一 and 二 span the three label
/// columns; 三、本年度办理结果 spans its rows; a group with items (（三）不予公开 …) spans its items; a group
/// without items spans the two inner label columns.
/// </summary>
internal static class Table3ViewBuilder
{
    public const int LabelColumns = 3;

    public static Table3View Build(Table3 table)
    {
        var definitions = Table3Layout.For(table.Layout).Rows;
        var groups = new List<RowGroup>();
        var index = 0;
        while (index < definitions.Count)
        {
            var heading = definitions[index].Heading;
            var run = definitions.Skip(index).TakeWhile(d => d.Heading == heading).ToList();
            groups.Add(run[0].Group is null ? new RowGroup([.. run.Select(d => TopLevelRow(table, d))]) : ResultsGroup(table, run));
            index += run.Count;
        }

        return new Table3View(groups, definitions.Count);
    }

    private static TableRow TopLevelRow(Table3 table, Table3RowDefinition d) =>
        new([new HeaderCell(d.Heading, "row", LabelColumns)], Cells(table, d));

    /// <summary>三、本年度办理结果 and its groups: one row group, the heading spanning all of it.</summary>
    private static RowGroup ResultsGroup(Table3 table, List<Table3RowDefinition> run)
    {
        var rows = new List<TableRow>();
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

            rows.Add(new TableRow(heads, Cells(table, d)));
        }

        return new RowGroup(rows);
    }

    private static DataCell[] Cells(Table3 table, Table3RowDefinition d) =>
    [
        .. ApplicantCounts.Columns.Select(column =>
            new DataCell(CellText.Of(table[d.Row][column]), CellPointers.Table3(table.Layout, d.Row, column))),
    ];
}
