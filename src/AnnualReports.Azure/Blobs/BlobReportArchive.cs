using System.Globalization;
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
    private const string CanonicalName = "report.json";

    public static string CanonicalPath(string agencyId, int year) => $"{AgencyIds.Require(agencyId)}/{year}/{CanonicalName}";

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

    /// <summary>Lists <c>{agencyId}/{year}/report.json</c> blobs with their <c>sha256</c> metadata; originals under <c>uploads/</c> are skipped.</summary>
    public async Task<IReadOnlyDictionary<(string AgencyId, int Year), string>?> ListCanonicalHashesAsync(string? agencyId, CancellationToken cancellationToken)
    {
        var prefix = agencyId is null ? "" : AgencyIds.Require(agencyId) + "/";
        var hashes = new Dictionary<(string AgencyId, int Year), string>();
        foreach (var (name, version) in await BlobFiles.ListVersionsAsync(archive, prefix, cancellationToken).ConfigureAwait(false))
        {
            var parts = name.Split('/');
            if (parts is [var agency, var yearText, CanonicalName]
                && int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && version.ContentHash is { } hash)
            {
                hashes[(agency, year)] = hash;
            }
        }

        return hashes;
    }

    public async Task<ReadOnlyMemory<byte>?> ReadCanonicalAsync(string agencyId, int year, CancellationToken cancellationToken) =>
        await BlobFiles.DownloadAsync(archive.GetBlobClient(CanonicalPath(agencyId, year)), cancellationToken).ConfigureAwait(false) is { } download
            ? download.Content.ToMemory()
            : null;
}
