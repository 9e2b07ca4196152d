using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AnnualReports.TestKit.Documents;

/// <summary>Writes a <see cref="SpecBlock"/> document as a real .docx with OpenXml: gridSpan and vMerge as Word writes them.</summary>
public static class DocxWriter
{
    public static byte[] Write(IEnumerable<SpecBlock> blocks)
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
                        body.Append(Table(table));
                        body.Append(new Paragraph());
                        break;
                    default:
                        break;
                }
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, bool isHeading = false)
    {
        var paragraph = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (isHeading)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }));
        }

        return paragraph;
    }

    private static Table Table(SpecTable spec)
    {
        var columns = spec.Rows.Count == 0 ? 0 : spec.Rows.Max(r => r.Sum(c => c.ColumnSpan));
        var table = new Table(
            new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single })),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = "800" })));
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
