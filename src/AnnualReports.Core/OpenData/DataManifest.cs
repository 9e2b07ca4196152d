using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace AnnualReports.OpenData;

/// <summary>
/// <c>data/manifest.json</c>: the site-wide data files with their sizes, row count and build time, and the licence.
/// Rendered from the stamp of the files in place, so it changes only when they do.
/// </summary>
public static class DataManifest
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = true };

    public static byte[] Write(DataStamp stamp, string licence)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("builtAt", ReportsJson.FormatTime(stamp.BuiltAt));
            w.WriteString("licence", licence);
            w.WriteNumber("reports", stamp.Rows);
            w.WriteString("dictionary", DataPaths.DictionaryUrl);
            w.WriteStartArray("files");
            foreach (var (path, bytes, type) in new[] { (DataPaths.Csv, stamp.CsvBytes, "text/csv"), (DataPaths.Json, stamp.JsonBytes, "application/json") })
            {
                w.WriteStartObject();
                w.WriteString("url", "/" + path);
                w.WriteString("mediaType", type);
                w.WriteNumber("bytes", bytes);
                w.WriteString("builtAt", ReportsJson.FormatTime(stamp.BuiltAt));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("regionFiles", "/data/regions/{code}/reports.csv|json");
            w.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
