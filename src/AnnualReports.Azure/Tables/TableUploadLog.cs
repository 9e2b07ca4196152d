using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using Azure.Data.Tables;

namespace AnnualReports.Azure.Tables;

/// <summary>
/// The uploads table: partition <c>upload</c>, row = SHA-256 of the upload name (names may hold characters that keys
/// cannot), the name itself as a property.
/// </summary>
public sealed class TableUploadLog(TableClient table) : IUploadLog
{
    public const string Partition = "upload";

    public static string RowKey(string uploadName) => ContentHash.Of(System.Text.Encoding.UTF8.GetBytes(uploadName));

    public async Task<UploadRecord?> GetAsync(string uploadName, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(Partition, RowKey(uploadName), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } entity ? ToRecord(entity) : null;
    }

    public async Task RecordAsync(UploadRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var entity = new TableEntity(Partition, RowKey(record.UploadName))
        {
            ["UploadName"] = record.UploadName,
            ["UploadVersion"] = record.UploadVersion,
            ["ProcessedAt"] = record.ProcessedAt,
            ["Status"] = record.Status.ToString(),
            ["AgencyId"] = record.AgencyId,
            ["Year"] = record.Year,
            ["PublishedUrl"] = record.PublishedUrl,
            ["RejectionPath"] = record.RejectionPath,
            ["ErrorCount"] = record.ErrorCount,
            ["WarningCount"] = record.WarningCount,
            ["Findings"] = TableJson.Write(record.Findings),
            ["FailureReason"] = record.FailureReason,
            ["Attempts"] = record.Attempts,
            ["RetryAfter"] = record.RetryAfter,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private static UploadRecord ToRecord(TableEntity e) => new(
        e.GetString("UploadName"),
        e.GetString("UploadVersion"),
        e.GetDateTimeOffset("ProcessedAt") ?? DateTimeOffset.MinValue,
        Enum.TryParse<UploadStatus>(e.GetString("Status"), out var status)
            ? status
            : throw new InvalidDataException($"Uploads table entity {e.RowKey} has no valid 'Status'."),
        e.GetString("AgencyId"),
        e.GetInt32("Year"),
        e.GetString("PublishedUrl"),
        e.GetString("RejectionPath"),
        e.GetInt32("ErrorCount") ?? 0,
        e.GetInt32("WarningCount") ?? 0,
        TableJson.Read(e.GetString("Findings")),
        e.GetString("FailureReason"),
        e.GetInt32("Attempts") ?? 0,
        e.GetDateTimeOffset("RetryAfter"));
}
