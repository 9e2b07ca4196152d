using System.Text.Json;
using AnnualReports.Publishing.Ports;

namespace AnnualReports.Publishing;

/// <summary>
/// The stored form of a site manifest (<see cref="ISiteManifestStore"/>):
/// <c>{"format":1,"files":[["path","etag","sha256","source"],…]}</c>, with <c>null</c> for an unknown hash or source.
/// </summary>
public static class SiteManifestJson
{
    private const int Format = 1;

    public static byte[] Write(IReadOnlyDictionary<string, PageVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteStartArray("files");
            foreach (var (path, version) in versions.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                json.WriteStartArray();
                json.WriteStringValue(path);
                json.WriteStringValue(version.ETag);
                json.WriteStringValue(version.ContentHash);
                json.WriteStringValue(version.Source);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The versions, or <c>null</c> when the bytes are not a manifest of this format.</summary>
    public static Dictionary<string, PageVersion>? TryRead(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return Read(utf8);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Dictionary<string, PageVersion>? Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject
            || !NextProperty(ref reader, "format") || !reader.Read() || reader.TokenType != JsonTokenType.Number || reader.GetInt32() != Format
            || !NextProperty(ref reader, "files") || !reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var versions = new Dictionary<string, PageVersion>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            var path = NextString(ref reader);
            var etag = NextString(ref reader);
            var hash = NextString(ref reader);
            var source = NextString(ref reader);
            if (path is null || etag is null || !reader.Read() || reader.TokenType != JsonTokenType.EndArray)
            {
                return null;
            }

            versions[path] = new PageVersion(etag, hash, source);
        }

        return reader.TokenType == JsonTokenType.EndArray ? versions : null;
    }

    private static bool NextProperty(ref Utf8JsonReader reader, string name) =>
        reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(name);

    private static string? NextString(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
}
