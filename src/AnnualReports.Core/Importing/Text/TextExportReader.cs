using AnnualReports.Importing.TextModel;

namespace AnnualReports.Importing.Text;

/// <summary>
/// Reads Word's plain-text export into paragraphs and tables. In that export a table cell is a line starting with a
/// tab; a line without a tab straight after a cell continues that cell (a line break inside it, 商业\n企业); a blank
/// line ends a table row; a line of text after a blank line ends the table.
/// </summary>
public static class TextExportReader
{
    public static IReadOnlyList<DocumentBlock> Read(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var blocks = new List<DocumentBlock>();
        List<DocumentRow>? rows = null;
        List<DocumentCell>? cells = null;
        int tableLine = 0, rowLine = 0;
        var previousWasCell = false;

        void EndRow()
        {
            if (cells is { Count: > 0 })
            {
                rows!.Add(new DocumentRow([.. cells], rowLine));
            }

            cells = null;
        }

        void EndTable()
        {
            EndRow();
            if (rows is { Count: > 0 })
            {
                blocks.Add(new DocumentTable([.. rows], tableLine));
            }

            rows = null;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var lineNumber = i + 1;
            if (line.StartsWith('\t'))
            {
                if (rows is null)
                {
                    rows = [];
                    tableLine = lineNumber;
                }

                if (cells is null)
                {
                    cells = [];
                    rowLine = lineNumber;
                }

                cells.Add(new DocumentCell(line[1..], Line: lineNumber));
                previousWasCell = true;
            }
            else if (line.Trim().Length == 0)
            {
                EndRow();
                previousWasCell = false;
            }
            else if (previousWasCell)
            {
                var last = cells![^1];
                cells[^1] = last with { Text = last.Text + "\n" + line };
            }
            else
            {
                EndTable();
                blocks.Add(new DocumentParagraph(line.Trim(), lineNumber));
            }
        }

        EndTable();
        return blocks;
    }
}
