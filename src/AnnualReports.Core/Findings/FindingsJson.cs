using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AnnualReports.Findings;

/// <summary>The JSON shape of findings, shared by the CLI's <c>--json</c>, rejection reports and the HTTP API.</summary>
public static class FindingsJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // JSON answers and files, never inlined into HTML: keep Chinese and punctuation readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static FindingDto ToDto(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new FindingDto(
            finding.RuleId,
            finding.Severity,
            finding.MessageZh,
            finding.MessageEn,
            [.. finding.Cells.Select(c => new CellDto(c.Pointer, c.LabelZh, c.LabelEn))],
            [.. finding.Numbers],
            finding.Location is { } l ? new LocationDto(l.Pointer, l.Line, l.Column) : null);
    }

    public static IReadOnlyList<FindingDto> ToDtos(IEnumerable<Finding> findings) => [.. findings.Select(ToDto)];

    public static string Write(IEnumerable<Finding> findings) => JsonSerializer.Serialize(ToDtos(findings), Options);
}

public sealed record FindingDto(
    string RuleId,
    Severity Severity,
    string MessageZh,
    string MessageEn,
    IReadOnlyList<CellDto> Cells,
    IReadOnlyList<decimal> Numbers,
    LocationDto? Location);

public sealed record CellDto(string Pointer, string LabelZh, string LabelEn);

public sealed record LocationDto(string Pointer, int? Line, int? Column);
