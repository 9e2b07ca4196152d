using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using Azure.Storage.Blobs;

namespace AnnualReports.Azure.Blobs;

/// <summary>The static website container (<c>$web</c>), written with ETag conditions.</summary>
public sealed class BlobSiteStore(BlobContainerClient web) : ISiteStore
{
    public Task<PageVersion?> GetVersionAsync(string path, CancellationToken cancellationToken) =>
        BlobFiles.GetVersionAsync(web.GetBlobClient(path), cancellationToken);

    public Task<PageVersion?> WriteAsync(SiteFile file, WriteCondition condition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(condition);
        return BlobFiles.WriteAsync(web.GetBlobClient(file.Path), file.Content, file.ContentType, file.CacheControl, condition, cancellationToken, file.Source, file.Hash);
    }

    public Task<PageVersion?> WriteAsync(
        string path, Stream content, string contentType, string cacheControl, string hash, string? source, WriteCondition condition,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(condition);
        return BlobFiles.WriteAsync(web.GetBlobClient(path), content, contentType, cacheControl, condition, source, hash, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, PageVersion>?> ListVersionsAsync(string prefix, CancellationToken cancellationToken) =>
        await BlobFiles.ListVersionsAsync(web, prefix, cancellationToken).ConfigureAwait(false);
}
