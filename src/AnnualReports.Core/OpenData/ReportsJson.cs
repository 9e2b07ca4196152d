using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace AnnualReports.OpenData;

/// <summary>
/// Writes <c>reports.json</c>: <c>{"builtAt", "licence", "columns", "reports": [...]}</c>, each report an object with
/// a field per <see cref="DataColumns.Names"/> (the CSV's column names), <c>null</c> for a blank cell, numbers as
/// numbers. Chinese text is written as it is, not escaped. Call <see cref="Complete"/> after the last row.
/// </summary>
public sealed class ReportsJson : IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    private readonly Utf8JsonWriter _writer;

    public ReportsJson(Stream output, DateTimeOffset builtAt, string licence)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(licence);
        _writer = new Utf8JsonWriter(output, Options);
        _writer.WriteStartObject();
        _writer.WriteString("builtAt", FormatTime(builtAt));
        _writer.WriteString("licence", licence);
        _writer.WriteStartArray("columns");
        foreach (var name in DataColumns.Names)
        {
            _writer.WriteStringValue(name);
        }

        _writer.WriteEndArray();
        _writer.WriteStartArray("reports");
    }

    /// <summary>A build time as files and pages show it: UTC, to the second.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public void Write(ReportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        _writer.WriteStartObject();
        for (var i = 0; i < DataColumns.All.Count; i++)
        {
            var column = DataColumns.All[i];
            var value = row.Values[i];
            _writer.WritePropertyName(column.Name);
            if (value is null)
            {
                _writer.WriteNullValue();
            }
            else if (column.Kind == DataColumnKind.Text)
            {
                _writer.WriteStringValue(value);
            }
            else
            {
                _writer.WriteRawValue(value, skipInputValidation: true);
            }
        }

        _writer.WriteEndObject();
        if (_writer.BytesPending > 64 * 1024)
        {
            _writer.Flush();
        }
    }

    public void Complete()
    {
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();
}
