using System.Text;

namespace AnnualReports.TestKit;

/// <summary>
/// A strict RFC 4180 reader written for the tests, independent of the writer: CRLF records, quoted fields with
/// doubled quotes; it throws on anything else. An empty field is <c>null</c>.
/// </summary>
public static class Rfc4180Csv
{
    public static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The records of a UTF-8 file with a byte order mark.</summary>
    public static List<string?[]> Read(byte[] file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.AsSpan().StartsWith(Bom))
        {
            throw new FormatException("The file does not start with a UTF-8 byte order mark.");
        }

        var text = new UTF8Encoding(false, true).GetString(file, 3, file.Length - 3);
        var records = new List<string?[]>();
        var fields = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (field.Length == 0 && !quoted && c == '"')
            {
                quoted = true;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("A quoted field is not closed.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                continue;
            }

            if (c == ',')
            {
                fields.Add(End(field, ref quoted));
                i++;
            }
            else if (c == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    throw new FormatException("A CR not followed by LF outside quotes.");
                }

                fields.Add(End(field, ref quoted));
                records.Add([.. fields]);
                fields.Clear();
                i += 2;
            }
            else if (c == '\n' || c == '"' || quoted)
            {
                throw new FormatException($"Unexpected '{c}' at {i}.");
            }
            else
            {
                field.Append(c);
                i++;
            }
        }

        if (fields.Count > 0 || field.Length > 0)
        {
            throw new FormatException("The last record does not end with CRLF.");
        }

        return records;
    }

    private static string? End(StringBuilder field, ref bool quoted)
    {
        var value = field.Length == 0 && !quoted ? null : field.ToString();
        field.Clear();
        quoted = false;
        return value;
    }
}
