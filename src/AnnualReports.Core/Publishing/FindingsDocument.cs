using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using AnnualReports.Findings;

namespace AnnualReports.Publishing;

/// <summary>The findings of a data file as JSON: the rejection report's JSON and the answer of a dry run.</summary>
public sealed record FindingsDocument(string FileName, bool Valid, int ErrorCount, int WarningCount, IReadOnlyList<FindingDigest> Findings)
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static FindingsDocument From(string fileName, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var errors = findings.Count(f => f.IsError);
        return new FindingsDocument(fileName, errors == 0, errors, findings.Count - errors, [.. findings.Select(FindingDigest.From)]);
    }

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, JsonOptions);
}
