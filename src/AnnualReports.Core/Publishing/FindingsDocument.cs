using System.Text.Json;
using AnnualReports.Findings;

namespace AnnualReports.Publishing;

/// <summary>
/// The findings of an input as JSON, each with its cells, numbers and line:column: the rejection report's JSON and
/// the answer of a dry run.
/// </summary>
public sealed record FindingsDocument(string FileName, bool Valid, int ErrorCount, int WarningCount, IReadOnlyList<FindingDto> Findings)
{
    public static JsonSerializerOptions JsonOptions => FindingsJson.Options;

    public static FindingsDocument From(string fileName, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var errors = findings.Count(f => f.IsError);
        return new FindingsDocument(fileName, errors == 0, errors, findings.Count - errors, FindingsJson.ToDtos(findings));
    }

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, JsonOptions);
}
