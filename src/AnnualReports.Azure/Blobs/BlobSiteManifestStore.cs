using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using Azure.Storage.Blobs;

namespace AnnualReports.Azure.Blobs;

/// <summary>
/// The site manifest as one private blob, <see cref="BlobName"/> in the archive container (no agency id contains a
/// dot, so it never meets a report's folder).
/// </summary>
public sealed class BlobSiteManifestStore(BlobContainerClient archive) : ISiteManifestStore
{
    public const string BlobName = "site-manifest.json";

    public async Task<IReadOnlyDictionary<string, PageVersion>?> ReadAsync(CancellationToken cancellationToken) =>
        await BlobFiles.DownloadAsync(archive.GetBlobClient(BlobName), cancellationToken).ConfigureAwait(false) is { } download
            ? SiteManifestJson.TryRead(download.Content.ToMemory().Span)
            : null;

    public Task WriteAsync(IReadOnlyDictionary<string, PageVersion> versions, CancellationToken cancellationToken) =>
        BlobFiles.WriteAsync(
            archive.GetBlobClient(BlobName), SiteManifestJson.Write(versions), "application/json; charset=utf-8", null, null, cancellationToken);
}
