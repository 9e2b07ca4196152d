using AnnualReports.Findings;
using AnnualReports.Importing.TextModel;

namespace AnnualReports.Importing.Recognition;

/// <summary>The rows of one of the three tables as found in the document, and where they were, for messages.</summary>
/// <param name="WhereZh">E.g. 第64行起的表格（位于“三、收到和处理政府信息公开申请情况”之下）.</param>
internal sealed record FoundTable(string Name, IReadOnlyList<DocumentRow> Rows, string WhereZh, string WhereEn, int? Line)
{
    public SourceLocation Location(string pointer, int? line = null) => new(pointer, line ?? Line);

    public static string CellText(DocumentCell cell) => Labels.Clean(cell.Text);

    /// <summary>
    /// The cell of <paramref name="row"/> under a header cell: by grid column when the source knows the grid (.docx,
    /// .html), otherwise by position (<paramref name="positionalIndex"/> into the row's cells). When the header row has
    /// as many cells as the row (<paramref name="headerCellCount"/>), position wins: offices' spans that do not line up
    /// (a 2-column value under a 1-column label, as on the Shanghai portal) still pair the k-th label with the k-th value.
    /// </summary>
    public static DocumentCell? CellUnder(DocumentRow row, DocumentCell header, int positionalIndex, int? headerCellCount = null)
    {
        if (headerCellCount == row.Cells.Count && positionalIndex >= 0 && positionalIndex < row.Cells.Count)
        {
            return row.Cells[positionalIndex];
        }

        if (header.GridColumn is { } column && row.Cells.All(c => c.GridColumn is not null))
        {
            return row.Cells.FirstOrDefault(c => c.GridColumn <= column && column < c.GridColumn + c.ColumnSpan);
        }

        return positionalIndex >= 0 && positionalIndex < row.Cells.Count ? row.Cells[positionalIndex] : null;
    }
}
