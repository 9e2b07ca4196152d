using System.Globalization;
using System.Text.Json;
using AnnualReports.Publishing;
using AnnualReports.Reports;

namespace AnnualReports.Regions;

/// <summary>
/// How summaries are kept in the <see cref="Publishing.Ports.ISummaryStore"/>: partition = region code, with one row
/// per own agency (<c>a~{agency}</c>) and per non-empty sub-region (<c>c~{code}</c>); partition <c>sitemap</c> with one
/// row per region that has a shard; partition <c>feed</c> with one row per report, newest first by row key.
/// </summary>
public static class SummaryRows
{
    public const string SitemapPartition = "sitemap";
    public const string FeedPartition = "feed";
    private const string AgencyPrefix = "a~";
    private const string ChildPrefix = "c~";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string AgencyKey(string agencyId) => AgencyPrefix + agencyId;

    public static string ChildKey(string code) => ChildPrefix + code;

    /// <summary>Newest publication first in row-key order; agency and year make it unique.</summary>
    public static string FeedKey(string agencyId, int year, DateTimeOffset publishedAt) => string.Create(
        CultureInfo.InvariantCulture, $"{DateTimeOffset.MaxValue.UtcTicks - publishedAt.UtcTicks:D19}~{agencyId}~{year}");

    public static bool IsAgency(string rowKey) => rowKey.StartsWith(AgencyPrefix, StringComparison.Ordinal);

    public static bool IsChild(string rowKey) => rowKey.StartsWith(ChildPrefix, StringComparison.Ordinal);

    public static string Write(AgencyListing agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return JsonSerializer.Serialize(
            new AgencyRow(agency.AgencyId, agency.Name, agency.Kind.ToCode(), agency.Region, agency.RegionCode, agency.LatestApplicationsReceived,
                agency.LatestApplicationsCompleted, agency.LatestReviewsAndLawsuits, [.. agency.Reports.Select(r => new YearRow(r.Year, r.PublishedAt))]),
            Json);
    }

    public static AgencyListing ReadAgency(string json)
    {
        var row = JsonSerializer.Deserialize<AgencyRow>(json, Json) ?? throw new InvalidDataException("An agency summary row is empty.");
        return new AgencyListing(
            row.Id,
            row.Name,
            AgencyKinds.TryParse(row.Kind, out var kind) ? kind : throw new InvalidDataException($"Agency summary {row.Id} has no valid kind."),
            row.Region,
            row.RegionCode,
            row.Received,
            row.Completed,
            row.Reviews,
            row.Reports.Select(r => new ListedReport(r.Year, r.PublishedAt)).ToValueList());
    }

    public static string Write(RegionTotals totals) => JsonSerializer.Serialize(totals, Json);

    public static RegionTotals ReadTotals(string json) =>
        JsonSerializer.Deserialize<RegionTotals>(json, Json) ?? throw new InvalidDataException("A region totals row is empty.");

    public static string WriteShardCount(int shards) => shards.ToString(CultureInfo.InvariantCulture);

    public static int ReadShardCount(string json) => int.Parse(json, NumberStyles.None, CultureInfo.InvariantCulture);

    public static string Write(ReportSummary summary) => JsonSerializer.Serialize(summary, Json);

    public static ReportSummary ReadSummary(string json) =>
        JsonSerializer.Deserialize<ReportSummary>(json, Json) ?? throw new InvalidDataException("A feed row is empty.");

    /// <summary>A region's partition as a listing; rows of any other kind are ignored.</summary>
    public static RegionListing ReadListing(string code, IEnumerable<Publishing.Ports.SummaryRow> rows)
    {
        var agencies = new List<AgencyListing>();
        var children = new List<RegionTotals>();
        foreach (var row in rows)
        {
            if (IsAgency(row.RowKey))
            {
                agencies.Add(ReadAgency(row.Json));
            }
            else if (IsChild(row.RowKey))
            {
                children.Add(ReadTotals(row.Json));
            }
        }

        return new RegionListing(code, agencies, [.. children.Where(c => !c.IsEmpty).OrderBy(c => c.Code, StringComparer.Ordinal)]);
    }

    private sealed record AgencyRow(
        string Id, string Name, string Kind, string Region, string RegionCode, int Received, int Completed, int Reviews, YearRow[] Reports);

    private sealed record YearRow(int Year, DateTimeOffset PublishedAt);
}
