using System.Globalization;
using System.Text.Json;
using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using AnnualReports.Regions;
using AnnualReports.Reports;
using AnnualReports.Trends;
using Azure;
using Azure.Data.Tables;

namespace AnnualReports.Azure.Tables;

/// <summary>
/// The reports table: partition = agency id, row = year. One entity per published report, holding its summary and
/// its canonical data (<see cref="CanonicalDataProperty"/>, Brotli-compressed) so that a regeneration reads no blob.
/// Reads of summaries select their columns only, so index pages never download the data.
/// </summary>
public sealed class TableReportIndex(TableClient table) : IReportIndex
{
    public const string CanonicalDataProperty = "CanonicalData";

    private const string ContentHashProperty = "ContentHash";

    /// <summary>Where the agency is listed; entities written before regions existed lack it, and their region name gives it.</summary>
    private const string RegionCodeProperty = "RegionCode";

    /// <summary>The headline figures as JSON; entities written before trends existed lack it, and their figures are unknown.</summary>
    private const string FiguresProperty = "Figures";

    /// <summary>Every table cell (<see cref="AnnualReports.Totals.CellVector"/>); entities written before totals existed lack it.</summary>
    private const string CellsProperty = "Cells";

    private static readonly JsonSerializerOptions FiguresJson = new(JsonSerializerDefaults.Web);

    private static readonly string[] SummaryColumns =
    [
        "PartitionKey", "RowKey", "AgencyName", "AgencyKind", "Region", RegionCodeProperty, "Year", "Layout", "PublishDate", "PublishedAt", "Title",
        "ApplicationsReceived", "ApplicationsCarriedOver", "ApplicationsCompleted", "ReviewsAndLawsuits", "WarningCount", ContentHashProperty,
        FiguresProperty, CellsProperty, "Url", "Status", "SourceUpload", "SourceVersion", "SourceUploadedAt", "Warnings",
    ];

    private static readonly string[] PlacementColumns = ["PartitionKey", "RowKey", "Region", RegionCodeProperty];

    private static readonly string[] CanonicalColumns = ["PartitionKey", "RowKey", ContentHashProperty, CanonicalDataProperty];

    public async Task<IndexedReport?> GetAsync(string agencyId, int year, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(agencyId, RowKey(year), SummaryColumns, cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } entity ? ToReport(entity) : null;
    }

    public async Task<StoredCanonical?> ReadCanonicalAsync(string agencyId, int year, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(agencyId, RowKey(year), CanonicalColumns, cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } entity ? ToCanonical(entity) : null;
    }

    public async IAsyncEnumerable<StoredCanonical> StreamCanonicalAsync(
        string? agencyId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = agencyId is null ? null : TableClient.CreateQueryFilter($"PartitionKey eq {agencyId}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: CanonicalColumns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return ToCanonical(entity);
        }
    }

    public async IAsyncEnumerable<ReportPlacement> StreamPlacementsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in table.QueryAsync<TableEntity>(filter: (string?)null, select: PlacementColumns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return new ReportPlacement(
                entity.PartitionKey, YearOf(entity), RegionPlacement.CodeOf(entity.GetString(RegionCodeProperty), entity.GetString("Region")));
        }
    }

    public async Task<WriteResult> SaveAsync(IndexedReport entry, ReadOnlyMemory<byte> canonicalJson, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var entity = ToEntity(entry);
        if (CompressedCanonical.Compress(canonicalJson.Span) is { } compressed)
        {
            entity[CanonicalDataProperty] = compressed;
        }

        return await table.AddOrReplaceAsync(entity, expectedETag, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<IndexedReport>> ListAsync(CancellationToken cancellationToken) => QueryAsync(null, cancellationToken);

    public Task<IReadOnlyList<IndexedReport>> ListByAgencyAsync(string agencyId, CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {agencyId}"), cancellationToken);

    private async Task<IReadOnlyList<IndexedReport>> QueryAsync(string? filter, CancellationToken cancellationToken)
    {
        var reports = new List<IndexedReport>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: SummaryColumns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            reports.Add(ToReport(entity));
        }

        return reports;
    }

    private static string RowKey(int year) => year.ToString(CultureInfo.InvariantCulture);

    internal static TableEntity ToEntity(IndexedReport entry)
    {
        var s = entry.Summary;
        var entity = new TableEntity(s.AgencyId, RowKey(s.Year))
        {
            ["AgencyName"] = s.AgencyName,
            ["AgencyKind"] = s.AgencyKind.ToCode(),
            ["Region"] = s.Region,
            [RegionCodeProperty] = s.RegionCode,
            ["Year"] = s.Year,
            ["Layout"] = s.Layout.ToCode(),
            ["PublishDate"] = s.PublishDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            ["PublishedAt"] = s.PublishedAt,
            ["Title"] = s.Title,
            ["ApplicationsReceived"] = s.ApplicationsReceived,
            ["ApplicationsCarriedOver"] = s.ApplicationsCarriedOver,
            ["ApplicationsCompleted"] = s.ApplicationsCompleted,
            ["ReviewsAndLawsuits"] = s.ReviewsAndLawsuits,
            ["WarningCount"] = s.WarningCount,
            [ContentHashProperty] = s.ContentHash,
            ["Url"] = s.Url,
            ["Status"] = entry.Status.ToString(),
            ["SourceUpload"] = entry.SourceUpload,
            ["SourceVersion"] = entry.SourceVersion,
            ["SourceUploadedAt"] = entry.SourceUploadedAt,
            ["Warnings"] = TableJson.Write(entry.Warnings),
        };
        if (s.Figures is { } figures)
        {
            entity[FiguresProperty] = JsonSerializer.Serialize(figures, FiguresJson);
        }

        if (s.Cells is { } cells)
        {
            entity[CellsProperty] = cells;
        }

        return entity;
    }

    internal static IndexedReport ToReport(TableEntity e)
    {
        var kind = AgencyKinds.TryParse(e.GetString("AgencyKind"), out var k) ? k : throw Corrupt(e, "AgencyKind");
        var layout = LayoutVersions.TryParse(e.GetString("Layout"), out var l) ? l : throw Corrupt(e, "Layout");
        var summary = new ReportSummary(
            e.PartitionKey,
            e.GetString("AgencyName"),
            kind,
            e.GetString("Region"),
            e.GetInt32("Year") ?? throw Corrupt(e, "Year"),
            layout,
            e.GetString("PublishDate") is { Length: > 0 } publishDate ? DateOnly.ParseExact(publishDate, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            e.GetDateTimeOffset("PublishedAt") ?? throw Corrupt(e, "PublishedAt"),
            e.GetString("Title"),
            e.GetInt32("ApplicationsReceived") ?? 0,
            e.GetInt32("ApplicationsCarriedOver") ?? 0,
            e.GetInt32("ApplicationsCompleted") ?? 0,
            e.GetInt32("ReviewsAndLawsuits") ?? 0,
            e.GetInt32("WarningCount") ?? 0,
            e.GetString(ContentHashProperty),
            RegionPlacement.CodeOf(e.GetString(RegionCodeProperty), e.GetString("Region")),
            e.GetString(FiguresProperty) is { Length: > 0 } figures ? JsonSerializer.Deserialize<HeadlineFigures>(figures, FiguresJson) : null,
            e.GetString(CellsProperty) is { Length: > 0 } cells ? cells : null);
        return new IndexedReport(
            summary,
            Enum.TryParse<ReportStatus>(e.GetString("Status"), out var status) ? status : throw Corrupt(e, "Status"),
            e.GetString("SourceUpload"),
            e.GetString("SourceVersion"),
            e.GetDateTimeOffset("SourceUploadedAt") ?? DateTimeOffset.MinValue,
            TableJson.Read(e.GetString("Warnings")),
            e.ETag.ToString());
    }

    private static StoredCanonical ToCanonical(TableEntity e) => new(
        e.PartitionKey,
        YearOf(e),
        e.GetString(ContentHashProperty) ?? throw Corrupt(e, ContentHashProperty),
        e.GetBinary(CanonicalDataProperty) is { } compressed ? CompressedCanonical.Decompress(compressed) : (ReadOnlyMemory<byte>?)null);

    private static int YearOf(TableEntity e) =>
        int.TryParse(e.RowKey, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : throw Corrupt(e, "RowKey");

    private static InvalidDataException Corrupt(TableEntity e, string property) =>
        new($"Reports table entity {e.PartitionKey}/{e.RowKey} has no valid '{property}'.");
}
