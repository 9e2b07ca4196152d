using System.Text;

namespace AnnualReports.TestKit.Documents;

/// <summary>
/// Writes a <see cref="SpecBlock"/> document the way Word's "plain text" export does (the seed's shape): one line per
/// paragraph; a table cell is a tab-led line, line breaks inside a cell continue without a tab, rows end with a blank line.
/// </summary>
public static class TextExportWriter
{
    public static string Write(IEnumerable<SpecBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var text = new StringBuilder("\n");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case SpecParagraph paragraph:
                    text.Append(paragraph.Text).Append('\n');
                    break;
                case SpecTable table:
                    text.Append('\n');
                    foreach (var row in table.Rows)
                    {
                        foreach (var cell in row)
                        {
                            text.Append('\t').Append(cell.Text).Append('\n');
                        }

                        text.Append('\n');
                    }

                    text.Append("\n\n");
                    break;
                default:
                    break;
            }
        }

        return text.ToString();
    }
}
