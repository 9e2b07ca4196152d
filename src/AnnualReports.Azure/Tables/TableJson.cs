using System.Text.Json;
using AnnualReports.Publishing;
using AnnualReports.Reports;

namespace AnnualReports.Azure.Tables;

/// <summary>Finding digests stored as one JSON string property, kept under the Table service's 64 KiB string limit.</summary>
internal static class TableJson
{
    private const int MaxChars = 30_000;

    private static readonly JsonSerializerOptions Options = new(FindingsDocument.JsonOptions) { WriteIndented = false };

    public static string Write(IReadOnlyList<FindingDigest> findings)
    {
        for (var count = findings.Count; ; count /= 2)
        {
            var json = JsonSerializer.Serialize(findings.Take(count), Options);
            if (json.Length <= MaxChars || count == 0)
            {
                return json;
            }
        }
    }

    public static ValueList<FindingDigest> Read(string? json) =>
        string.IsNullOrEmpty(json)
            ? ValueList<FindingDigest>.Empty
            : (JsonSerializer.Deserialize<FindingDigest[]>(json, Options) ?? []).ToValueList();
}
