using System.Text;

namespace AnnualReports.OpenData;

/// <summary>
/// Writes <c>reports.csv</c>: UTF-8 with a byte order mark (so Excel reads the Chinese text), a header of
/// <see cref="DataColumns.Names"/>, one line per report, CRLF line ends and RFC 4180 quoting (a field holding a comma,
/// a quote or a line break is quoted, quotes doubled). A blank cell is an empty field.
/// </summary>
public sealed class ReportsCsv
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private readonly Stream _output;
    private readonly StringBuilder _line = new();

    public ReportsCsv(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _output.Write(Bom);
        WriteLine(DataColumns.Names);
    }

    public void Write(ReportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        WriteLine(row.Values);
    }

    private void WriteLine(IReadOnlyList<string?> fields)
    {
        _line.Clear();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                _line.Append(',');
            }

            Append(fields[i]);
        }

        _line.Append("\r\n");
        _output.Write(Encoding.UTF8.GetBytes(_line.ToString()));
    }

    private void Append(string? field)
    {
        if (field is null)
        {
            return;
        }

        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _line.Append(field);
            return;
        }

        _line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
