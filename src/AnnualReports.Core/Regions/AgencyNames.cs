using System.Text;
using System.Text.Json;
using AnnualReports.Reports;

namespace AnnualReports.Regions;

/// <summary>
/// The published agencies of each name, kept in the summaries table so that a Word or text upload outside any agency
/// folder can join the published agency of its name by reading one small partition instead of the reports table:
/// partition <c>name~{name}</c>, one row per agency id whose latest report carries that name (<c>{id, name, kind,
/// region}</c>). Settled with the agency's other summary rows; a renamed agency's row under its old name is removed.
/// </summary>
public static class AgencyNames
{
    private const string PartitionPrefix = "name~";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The name's partition key. Table keys may not hold <c>/ \ # ?</c> nor control characters, so those (and
    /// <c>%</c>) are written as <c>%XX</c> of their UTF-8 bytes.
    /// </summary>
    public static string Partition(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = new StringBuilder(PartitionPrefix, PartitionPrefix.Length + name.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in name.EnumerateRunes())
        {
            if (rune.Value is '/' or '\\' or '#' or '?' or '%' || Rune.IsControl(rune))
            {
                foreach (var b in bytes[..rune.EncodeToUtf8(bytes)])
                {
                    key.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            else
            {
                key.Append(rune.ToString());
            }
        }

        return key.ToString();
    }

    public static string Write(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return JsonSerializer.Serialize(new NameRow(agency.Id, agency.Name, agency.Kind.ToCode(), agency.Region), Json);
    }

    public static Agency Read(string json)
    {
        var row = JsonSerializer.Deserialize<NameRow>(json, Json) ?? throw new InvalidDataException("An agency name row is empty.");
        return new Agency(
            row.Id,
            row.Name,
            AgencyKinds.TryParse(row.Kind, out var kind) ? kind : throw new InvalidDataException($"Agency name row {row.Id} has no valid kind."),
            row.Region);
    }

    private sealed record NameRow(string Id, string Name, string Kind, string Region);
}
