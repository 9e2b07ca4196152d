namespace AnnualReports.Rendering.Views;

/// <summary>A header cell: <c>&lt;th scope colspan rowspan&gt;</c>.</summary>
/// <param name="Scope">col, colgroup, row or rowgroup.</param>
public sealed record HeaderCell(string Text, string Scope, int Colspan = 1, int Rowspan = 1)
{
    /// <summary>Whether the cell needs a <c>colspan</c> (a flag, so the template tests it without comparing numbers).</summary>
    public bool SpansColumns => Colspan > 1;

    public bool SpansRows => Rowspan > 1;
}

/// <summary>A data cell with its data-file pointer (<c>data-cell</c>); <paramref name="Text"/> is empty when the office left it blank.</summary>
public sealed record DataCell(string Text, string Pointer, int Colspan = 1)
{
    public bool IsBlank => Text.Length == 0;

    public bool SpansColumns => Colspan > 1;
}

/// <summary>A body row: its row-header cells (some spanning several rows, so possibly none) and its data cells.</summary>
public sealed record TableRow(IReadOnlyList<HeaderCell> Heads, IReadOnlyList<DataCell> Cells);

/// <summary>A <c>&lt;tbody&gt;</c>.</summary>
public sealed record RowGroup(IReadOnlyList<TableRow> Rows);
