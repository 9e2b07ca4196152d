using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace AnnualReports.Core.Tests.Rendering;

/// <summary>
/// A rendered table laid out as the browser does: every grid slot points at the cell covering it, after rowspan
/// and colspan. Used to find a number by its row labels and column headers, as a reader would.
/// </summary>
internal sealed class HtmlTableGrid
{
    private readonly List<IHtmlTableCellElement?[]> _slots;

    private HtmlTableGrid(IHtmlTableElement table, List<IHtmlTableCellElement?[]> slots, int headRowCount)
    {
        Table = table;
        _slots = slots;
        HeadRowCount = headRowCount;
    }

    public IHtmlTableElement Table { get; }

    public int HeadRowCount { get; }

    public int RowCount => _slots.Count;

    public int ColumnCount => _slots.Count == 0 ? 0 : _slots.Max(r => r.Length);

    public IHtmlTableCellElement? this[int row, int column] => column < _slots[row].Length ? _slots[row][column] : null;

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The table whose caption contains <paramref name="caption"/>.</summary>
    public static HtmlTableGrid Of(IDocument document, string caption)
    {
        var table = document.QuerySelectorAll<IHtmlTableElement>("table")
            .Single(t => t.Caption?.TextContent.Contains(caption, StringComparison.Ordinal) == true);
        var rows = table.Rows.ToList();
        var width = rows.Max(r => r.Cells.Sum(c => Math.Max(1, c.ColumnSpan)));
        var slots = rows.Select(_ => new IHtmlTableCellElement?[width]).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (column < width && slots[r][column] is not null)
                {
                    column++;
                }

                var rowSpan = Math.Max(1, cell.RowSpan);
                for (var dr = 0; dr < rowSpan && r + dr < rows.Count; dr++)
                {
                    for (var dc = 0; dc < Math.Max(1, cell.ColumnSpan); dc++)
                    {
                        Assert.True(slots[r + dr][column + dc] is null, $"Cells overlap at row {r + dr}, column {column + dc}.");
                        slots[r + dr][column + dc] = cell;
                    }
                }

                column += Math.Max(1, cell.ColumnSpan);
            }
        }

        Assert.All(slots, row => Assert.All(row, slot => Assert.NotNull(slot)));
        return new HtmlTableGrid(table, slots, table.Head?.Rows.Length ?? 0);
    }

    /// <summary>The distinct header texts to the left of a slot, outermost first (the row's labels).</summary>
    public IReadOnlyList<string> RowLabels(int row) =>
        Distinct(_slots[row].TakeWhile(c => c!.LocalName == "th"));

    /// <summary>The distinct header texts above a slot in the table head, outermost first.</summary>
    public IReadOnlyList<string> ColumnLabels(int column) =>
        Distinct(Enumerable.Range(0, HeadRowCount).Select(r => _slots[r][column]).Where(c => c!.LocalName == "th"));

    /// <summary>The index of the body row whose labels are exactly <paramref name="labels"/>.</summary>
    public int FindRow(IReadOnlyList<string> labels) =>
        Enumerable.Range(HeadRowCount, RowCount - HeadRowCount).Single(r => RowLabels(r).SequenceEqual(labels));

    /// <summary>The index of the first column whose head labels are exactly <paramref name="labels"/>.</summary>
    public int FindColumn(IReadOnlyList<string> labels) =>
        Enumerable.Range(0, ColumnCount).First(c => ColumnLabels(c).SequenceEqual(labels));

    private static List<string> Distinct(IEnumerable<IHtmlTableCellElement?> cells) =>
        cells.Distinct().Select(c => c!.TextContent.Trim()).ToList();
}
