using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AnnualReports.TestKit.Documents;

/// <summary>
/// How a printed report looks beyond its content: every table border (not only the inside ones) and a page-number
/// footer such as "- 3 -". The PDF fixtures are printed from documents written this way.
/// </summary>
public sealed record PrintLayout(bool AllBorders = true, bool PageNumbers = true);

/// <summary>Writes a <see cref="SpecBlock"/> document as a real .docx with OpenXml: gridSpan and vMerge as Word writes them.</summary>
public static class DocxWriter
{
    public static byte[] Write(IEnumerable<SpecBlock> blocks, PrintLayout? print = null)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case SpecParagraph paragraph:
                        body.Append(Paragraph(paragraph.Text, paragraph.IsHeading));
                        break;
                    case SpecTable table:
                        body.Append(Table(table, print));
                        body.Append(new Paragraph());
                        break;
                    default:
                        break;
                }
            }

            if (print?.PageNumbers == true)
            {
                var footer = main.AddNewPart<FooterPart>();
                footer.Footer = new Footer(new Paragraph(
                    new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                    new Run(new Text("- ") { Space = SpaceProcessingModeValues.Preserve }),
                    new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
                    new Run(new Text(" -") { Space = SpaceProcessingModeValues.Preserve })));
                body.Append(new SectionProperties(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) }));
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>800 twips a column; printed, no wider than the page's 9000 twips of text width shared out.</summary>
    private static string ColumnWidth(int columns, PrintLayout? print) =>
        (print is null ? 800 : Math.Min(800, 9000 / Math.Max(1, columns))).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Paragraph Paragraph(string text, bool isHeading = false)
    {
        var paragraph = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (isHeading)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }));
        }

        return paragraph;
    }

    private static Table Table(SpecTable spec, PrintLayout? print)
    {
        var allBorders = print?.AllBorders ?? false;
        var columns = spec.Rows.Count == 0 ? 0 : spec.Rows.Max(r => r.Sum(c => c.ColumnSpan));
        var borders = new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single });
        if (allBorders)
        {
            borders.PrependChild(new RightBorder { Val = BorderValues.Single });
            borders.PrependChild(new BottomBorder { Val = BorderValues.Single });
            borders.PrependChild(new LeftBorder { Val = BorderValues.Single });
            borders.PrependChild(new TopBorder { Val = BorderValues.Single });
        }

        var table = new Table(
            new TableProperties(borders),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = ColumnWidth(columns, print) })));
        foreach (var row in spec.Rows)
        {
            var tableRow = new TableRow();
            foreach (var cell in row)
            {
                var properties = new TableCellProperties();
                if (cell.ColumnSpan > 1)
                {
                    properties.Append(new GridSpan { Val = cell.ColumnSpan });
                }

                if (cell.Merge == VerticalMerge.Restart)
                {
                    properties.Append(new DocumentFormat.OpenXml.Wordprocessing.VerticalMerge { Val = MergedCellValues.Restart });
                }
                else if (cell.Merge == VerticalMerge.Continue)
                {
                    properties.Append(new DocumentFormat.OpenXml.Wordprocessing.VerticalMerge());
                }

                var tableCell = new TableCell(properties);
                tableCell.Append(cell.Text.Split('\n').Select(line => Paragraph(line)));
                tableRow.Append(tableCell);
            }

            table.Append(tableRow);
        }

        return table;
    }
}
