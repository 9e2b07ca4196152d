using System.Text;
using System.Text.RegularExpressions;
using AnnualReports.Findings;
using AnnualReports.Importing.Recognition;
using AnnualReports.Importing.TextModel;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace AnnualReports.Importing.Pdf;

/// <summary>
/// Reads a text PDF (PdfPig) into paragraphs and tables. Tables are found by their ruling lines (<see cref="RuledTable"/>),
/// so a label wrapped over many lines, a group label set one character per line, a header over three lines and numbers
/// on a line of their own all land in their cell. A table that goes on at the top of the next page (same columns) is
/// one table; a row split by the page break (its part on the new page holds no number) is joined back; page-number
/// lines (-3-, 第3页) are dropped. Text outside tables becomes paragraphs. A PDF without a text layer (a scan) is refused.
/// </summary>
public static partial class PdfReportReader
{
    public sealed record Result(IReadOnlyList<DocumentBlock>? Blocks, IReadOnlyList<Finding> Findings);

    private sealed record Line(double Top, double Left, double Right, double FontSize, string Text);

    private sealed record PageTable(RuledTable Table, List<List<DocumentCell>> Rows);

    public static Result Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            using var document = PdfDocument.Open(content);
            var blocks = new List<DocumentBlock>();
            PageTable? open = null;
            Line? lastLine = null;
            var letters = 0;
            foreach (var page in document.GetPages())
            {
                var pageLetters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
                letters += pageLetters.Count;
                var tables = RuledTable.Find(Rulings(page)).Select(t => new PageTable(t, [])).ToList();
                var outside = new List<Letter>();
                foreach (var letter in pageLetters)
                {
                    var (x, y) = Center(letter);
                    if (tables.FirstOrDefault(t => t.Table.Contains(x, y)) is { } table && table.Table.CellAt(x, y) is { } cell)
                    {
                        cell.Text += letter.Value;
                    }
                    else
                    {
                        outside.Add(letter);
                    }
                }

                foreach (var table in tables)
                {
                    FillRows(table);
                }

                var lines = Lines(outside).Where(l => !IsPageNumber(l, page.Height)).ToList();
                var margin = RightMargin(lines, page.Width);
                var items = lines.Select(l => (l.Top, (object)l)).Concat(tables.Select(t => (t.Table.Top, (object)t))).OrderByDescending(i => i.Item1).ToList();
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i].Item2 is PageTable table)
                    {
                        if (i == 0 && open is not null && SameColumns(open.Table, table.Table) && blocks.Count > 0 && blocks[^1] is DocumentTable)
                        {
                            Continue(open, table);
                            blocks[^1] = new DocumentTable([.. open.Rows.Select(r => new DocumentRow(r))]);
                        }
                        else
                        {
                            blocks.Add(new DocumentTable([.. table.Rows.Select(r => new DocumentRow(r))]));
                            open = table;
                        }

                        continue;
                    }

                    open = null;
                    var line = (Line)items[i].Item2;
                    AddLine(blocks, line, i == 0 ? lastLine : items[i - 1].Item2 as Line, margin, samePage: i > 0);
                    lastLine = line;
                }

                if (items.Count > 0 && items[^1].Item2 is not PageTable)
                {
                    open = null;
                }
                else
                {
                    lastLine = null;
                }
            }

            if (letters == 0)
            {
                return Fail(ImportFindings.PdfWithoutText,
                    $"PDF 文件的{document.NumberOfPages}页中没有文字层（可能是扫描件或图片），无法读取。请上传由 Word 导出的 PDF、Word 文档或网页版报告。",
                    $"The PDF's {document.NumberOfPages} page(s) carry no text layer (a scan or images), so nothing can be read; no OCR is done. Upload a PDF exported from Word, the Word document, or the web page.");
            }

            return new Result(blocks, []);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
        {
            return Fail(ImportFindings.PdfUnreadable,
                "PDF 文件已损坏、加密或无法读取。请重新导出 PDF，或上传 Word 文档。",
                $"The PDF is damaged, encrypted or cannot be read ({e.GetType().Name}). Export it again, or upload the Word document.");
        }
    }

    private static Result Fail(string ruleId, string zh, string en) => new(null, [ImportFindings.Error(ruleId, zh, en, new SourceLocation(""))]);

    private static (double X, double Y) Center(Letter letter) =>
        ((letter.StartBaseLine.X + letter.EndBaseLine.X) / 2, letter.StartBaseLine.Y + (letter.PointSize * 0.3));

    /// <summary>Straight lines the page draws: stroked segments and thin filled rectangles, and the edges of stroked boxes.</summary>
    private static List<Ruling> Rulings(Page page)
    {
        var rulings = new List<Ruling>();
        foreach (var path in page.Paths.Where(p => p.IsStroked || p.IsFilled))
        {
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box)
                {
                    continue;
                }

                var (width, height) = (box.Right - box.Left, box.Top - box.Bottom);
                if (height <= 2 && width > 3)
                {
                    var y = (box.Top + box.Bottom) / 2;
                    rulings.Add(new Ruling(box.Left, y, box.Right, y));
                }
                else if (width <= 2 && height > 3)
                {
                    var x = (box.Left + box.Right) / 2;
                    rulings.Add(new Ruling(x, box.Bottom, x, box.Top));
                }
                else if (path.IsStroked && width > 3 && height > 3)
                {
                    rulings.Add(new Ruling(box.Left, box.Bottom, box.Right, box.Bottom));
                    rulings.Add(new Ruling(box.Left, box.Top, box.Right, box.Top));
                    rulings.Add(new Ruling(box.Left, box.Bottom, box.Left, box.Top));
                    rulings.Add(new Ruling(box.Right, box.Bottom, box.Right, box.Top));
                }
            }
        }

        return rulings;
    }

    /// <summary>Rows as the docx reader gives them: a cell where it starts, a merge continuation in the rows below.</summary>
    private static void FillRows(PageTable table)
    {
        for (var r = 0; r < table.Table.RowCount; r++)
        {
            var starts = table.Table.Cells.Where(c => c.Row == r).ToList();
            if (starts.Count == 0)
            {
                continue;
            }

            table.Rows.Add([.. table.Table.Cells
                .Where(c => c.Row <= r && r <= c.LastRow)
                .OrderBy(c => c.Column)
                .Select(c => c.Row == r
                    ? new DocumentCell(c.Text, c.Column, c.LastColumn - c.Column + 1)
                    : new DocumentCell("", c.Column, c.LastColumn - c.Column + 1, IsMergeContinuation: true))]);
        }
    }

    /// <summary>
    /// Where wrapped lines end: the median right end of the long lines (a trailing "，" or a line that starts with a
    /// full-width bracket makes single lines longer or shorter by a character or two).
    /// </summary>
    private static double RightMargin(List<Line> lines, double pageWidth)
    {
        if (lines.Count == 0)
        {
            return pageWidth;
        }

        var longest = lines.Max(l => l.Right);
        var ends = lines.Select(l => l.Right).Where(r => r >= longest * 0.85).Order().ToList();
        return ends[ends.Count / 2];
    }

    private static bool SameColumns(RuledTable a, RuledTable b) =>
        a.Xs.Length == b.Xs.Length && a.Xs.Zip(b.Xs).All(p => Math.Abs(p.First - p.Second) <= 2);

    /// <summary>
    /// The table goes on from the previous page. When its first row holds no number while the row the page cut holds
    /// some, that first row is the rest of the cut row: its text joins the cells above it.
    /// </summary>
    private static void Continue(PageTable open, PageTable next)
    {
        var rows = next.Rows;
        if (rows.Count > 0 && open.Rows.Count > 0 && !rows[0].Any(IsValue) && open.Rows[^1].Any(IsValue))
        {
            foreach (var part in rows[0].Where(c => c.Text.Length > 0))
            {
                for (var r = open.Rows.Count - 1; r >= 0; r--)
                {
                    var index = open.Rows[r].FindIndex(c => c.GridColumn == part.GridColumn && !c.IsMergeContinuation);
                    if (index >= 0)
                    {
                        open.Rows[r][index] = open.Rows[r][index] with { Text = open.Rows[r][index].Text + part.Text };
                        break;
                    }
                }
            }

            rows = [.. rows.Skip(1)];
        }

        open.Rows.AddRange(rows);
    }

    private static bool IsValue(DocumentCell cell) => Value().IsMatch(Labels.Normalize(cell.Text));

    private static List<Line> Lines(List<Letter> letters)
    {
        var lines = new List<Line>();
        foreach (var group in letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X)
            .GroupBy(l => Math.Round(l.StartBaseLine.Y / 2)))
        {
            var ordered = group.OrderBy(l => l.StartBaseLine.X).ToList();
            var text = new StringBuilder();
            for (var i = 0; i < ordered.Count; i++)
            {
                if (i > 0 && ordered[i].StartBaseLine.X - ordered[i - 1].EndBaseLine.X > ordered[i].PointSize * 0.5)
                {
                    text.Append(' ');
                }

                text.Append(ordered[i].Value);
            }

            lines.Add(new Line(ordered.Max(l => l.StartBaseLine.Y + l.PointSize), ordered[0].StartBaseLine.X, ordered[^1].EndBaseLine.X,
                ordered.Max(l => l.PointSize), text.ToString().Trim()));
        }

        return lines;
    }

    /// <summary>- 3 -, —3—, 3, 第3页 (共9页) in the top or bottom tenth of the page.</summary>
    private static bool IsPageNumber(Line line, double pageHeight) =>
        (line.Top < pageHeight * 0.12 || line.Top > pageHeight * 0.92) && PageNumber().IsMatch(Labels.Normalize(line.Text));

    /// <summary>
    /// A line goes on the paragraph before it when that one ran to the right margin (it wrapped), sits right below it
    /// (or ended the previous page), and does not start a heading (一、（一）1.).
    /// </summary>
    private static void AddLine(List<DocumentBlock> blocks, Line line, Line? previous, double margin, bool samePage)
    {
        var continues = previous is not null
            && blocks.Count > 0 && blocks[^1] is DocumentParagraph
            && previous.Right >= margin - (line.FontSize * 1.5)
            && (!samePage || previous.Top - line.Top < line.FontSize * 2.2)
            && !StartsBlock().IsMatch(line.Text);
        if (continues)
        {
            var last = (DocumentParagraph)blocks[^1];
            blocks[^1] = last with { Text = last.Text + line.Text };
        }
        else
        {
            blocks.Add(new DocumentParagraph(line.Text));
        }
    }

    [GeneratedRegex(@"^[+\-]?[\d.,]+[件个条项次元万]*$|^(?:—|——|-|－|/|／|无)$", RegexOptions.CultureInvariant)]
    private static partial Regex Value();

    [GeneratedRegex(@"^(?:[-—–－]*\d+[-—–－]*|第\d+页(?:共\d+页)?|\d+/\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d+[、.．]\D)", RegexOptions.CultureInvariant)]
    private static partial Regex StartsBlock();
}
