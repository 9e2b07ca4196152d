using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using Azure.Storage.Blobs;

namespace AnnualReports.Azure.Blobs;

/// <summary>
/// The private archive: <c>{agencyId}/{year}/report.json</c> (canonical data) and
/// <c>{agencyId}/{year}/uploads/{uploadName}</c> (every accepted original).
/// </summary>
public sealed class BlobReportArchive(BlobContainerClient archive) : IReportArchive
{
    public static string CanonicalPath(string agencyId, int year) => $"{AgencyIds.Require(agencyId)}/{year}/report.json";

    public static string OriginalPath(string agencyId, int year, string uploadName) =>
        UploadNames.IsUsable(uploadName)
            ? $"{AgencyIds.Require(agencyId)}/{year}/uploads/{uploadName}"
            : throw new ArgumentException($"'{uploadName}' is not a usable upload name.", nameof(uploadName));

    public async Task ArchiveAsync(string agencyId, int year, ReadOnlyMemory<byte> canonicalJson, Upload original, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(original);
        await BlobFiles.WriteIfChangedAsync(
            archive.GetBlobClient(OriginalPath(agencyId, year, original.Name)), original.Content, "application/octet-stream", cancellationToken).ConfigureAwait(false);
        await BlobFiles.WriteIfChangedAsync(
            archive.GetBlobClient(CanonicalPath(agencyId, year)), canonicalJson, "application/json; charset=utf-8", cancellationToken).ConfigureAwait(false);
    }

    public async Task<ReadOnlyMemory<byte>?> ReadCanonicalAsync(string agencyId, int year, CancellationToken cancellationToken) =>
        await BlobFiles.DownloadAsync(archive.GetBlobClient(CanonicalPath(agencyId, year)), cancellationToken).ConfigureAwait(false) is { } download
            ? download.Content.ToMemory()
            : null;
}
