using System.Globalization;
using System.Text.Json;
using AnnualReports.Publishing;
using AnnualReports.Reports;
using AnnualReports.Totals;

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
                agency.LatestApplicationsCompleted, agency.LatestReviewsAndLawsuits, [.. agency.Reports.Select(r => new YearRow(r.Year, r.PublishedAt, r.Layout.ToCode(), r.Cells))]),
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
            row.Reports.Select(r => new ListedReport(
                r.Year, r.PublishedAt, LayoutVersions.TryParse(r.Layout, out var layout) ? layout : LayoutVersion.V2021, r.Layout is null ? null : r.Cells)).ToValueList());
    }

    public static string Write(RegionTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return JsonSerializer.Serialize(
            new TotalsRow(totals.Code, totals.Agencies, totals.Reports, totals.Latest,
                totals.Years?.Select(y => new YearSumsRow(y.Year, y.Layout.ToCode(), y.Reports, y.WithoutData, CellVector.Encode(y.Sums))).ToArray()),
            Json);
    }

    /// <summary>A row written before totals were kept, or with cells of another set of columns, reads with <see cref="RegionTotals.Years"/> <c>null</c>.</summary>
    public static RegionTotals ReadTotals(string json)
    {
        var row = JsonSerializer.Deserialize<TotalsRow>(json, Json) ?? throw new InvalidDataException("A region totals row is empty.");
        return new RegionTotals(row.Code, row.Agencies, row.Reports, row.Latest, Years(row.Years));
    }

    private static ValueList<YearTotals>? Years(YearSumsRow[]? rows)
    {
        if (rows is null)
        {
            return null;
        }

        var years = new List<YearTotals>(rows.Length);
        foreach (var row in rows)
        {
            if (!LayoutVersions.TryParse(row.Layout, out var layout) || CellVector.Decode(layout, row.Cells) is not { } sums)
            {
                return null;
            }

            years.Add(new YearTotals(row.Year, layout, row.Reports, row.WithoutData, new ValueList<decimal>(sums)));
        }

        return years.ToValueList();
    }

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

    /// <summary><see cref="Layout"/> and <see cref="Cells"/> are absent from rows written before totals were kept.</summary>
    private sealed record YearRow(int Year, DateTimeOffset PublishedAt, string? Layout = null, string? Cells = null);

    private sealed record TotalsRow(string Code, int Agencies, int Reports, DateTimeOffset? Latest, YearSumsRow[]? Years = null);

    private sealed record YearSumsRow(int Year, string Layout, int Reports, int WithoutData, string Cells);
}
