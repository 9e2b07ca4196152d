using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace AnnualReports.Azure.Blobs;

/// <summary>Blob reads and writes shared by the adapters: every written blob carries its <c>sha256</c> in metadata.</summary>
internal static class BlobFiles
{
    public const string HashMetadata = "sha256";

    /// <summary>Metadata naming what a site file was rendered from (<see cref="SiteFile.Source"/>).</summary>
    public const string SourceMetadata = "source";

    public static async Task<PageVersion?> GetVersionAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            return VersionOf(properties.ETag, properties.Metadata);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public static PageVersion VersionOf(ETag etag, IDictionary<string, string>? metadata) => new(
        etag.ToString(),
        metadata is not null && metadata.TryGetValue(HashMetadata, out var hash) ? hash : null,
        metadata is not null && metadata.TryGetValue(SourceMetadata, out var source) ? source : null);

    /// <summary>Every blob under <paramref name="prefix"/> with its metadata, in listing pages of up to 5,000.</summary>
    public static async Task<Dictionary<string, PageVersion>> ListVersionsAsync(
        BlobContainerClient container, string prefix, CancellationToken cancellationToken)
    {
        var versions = new Dictionary<string, PageVersion>(StringComparer.Ordinal);
        await foreach (var blob in container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix, cancellationToken).ConfigureAwait(false))
        {
            versions[blob.Name] = VersionOf(blob.Properties.ETag ?? default, blob.Metadata);
        }

        return versions;
    }

    /// <summary>
    /// Writes on a condition and answers the new version; <c>null</c> when the precondition failed (412) or the blob
    /// exists (409). <paramref name="hash"/> is the content's <see cref="ContentHash"/> when the caller has it already.
    /// </summary>
    public static Task<PageVersion?> WriteAsync(
        BlobClient blob, ReadOnlyMemory<byte> content, string contentType, string? cacheControl, WriteCondition? condition,
        CancellationToken cancellationToken, string? source = null, string? hash = null) =>
        WriteAsync(blob, (options, ct) => blob.UploadAsync(BinaryData.FromBytes(content), options, ct), contentType, cacheControl, condition,
            source, hash ?? ContentHash.Of(content.Span), cancellationToken);

    /// <summary>Writes from a stream, uploaded in blocks without holding it in memory; <paramref name="hash"/> is its content's.</summary>
    public static Task<PageVersion?> WriteAsync(
        BlobClient blob, Stream content, string contentType, string? cacheControl, WriteCondition? condition,
        string? source, string hash, CancellationToken cancellationToken) =>
        WriteAsync(blob, (options, ct) => blob.UploadAsync(content, options, ct), contentType, cacheControl, condition, source, hash, cancellationToken);

    private static async Task<PageVersion?> WriteAsync(
        BlobClient blob, Func<BlobUploadOptions, CancellationToken, Task<Response<BlobContentInfo>>> upload, string contentType, string? cacheControl,
        WriteCondition? condition, string? source, string hash, CancellationToken cancellationToken)
    {
        var metadata = new Dictionary<string, string> { [HashMetadata] = hash };
        if (source is not null)
        {
            metadata[SourceMetadata] = source;
        }

        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType, CacheControl = cacheControl },
            Metadata = metadata,
            Conditions = condition switch
            {
                null => null,
                { IfMatch: { } etag } => new BlobRequestConditions { IfMatch = new ETag(etag) },
                _ => new BlobRequestConditions { IfNoneMatch = ETag.All },
            },
        };
        try
        {
            var written = await upload(options, cancellationToken).ConfigureAwait(false);
            return new PageVersion(written.Value.ETag.ToString(), hash, source);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 409)
        {
            return null;
        }
    }

    /// <summary>Writes unless the blob already holds these bytes (compared by the stored hash).</summary>
    public static async Task WriteIfChangedAsync(
        BlobClient blob, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        var current = await GetVersionAsync(blob, cancellationToken).ConfigureAwait(false);
        if (current?.ContentHash != ContentHash.Of(content.Span))
        {
            await WriteAsync(blob, content, contentType, null, null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The blob's bytes, ETag and time of last write, or <c>null</c> when it does not exist.</summary>
    public static async Task<BlobDownloadResult?> DownloadAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
