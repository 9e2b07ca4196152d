using AnnualReports.Publishing.Ports;
using Azure;
using Azure.Storage.Blobs;

namespace AnnualReports.Azure.Blobs;

/// <summary>Reads uploads from the <c>incoming</c> container. Never writes or deletes there.</summary>
public sealed class BlobUploadStore(BlobContainerClient incoming) : IUploadStore
{
    public async Task<Upload?> ReadAsync(string uploadName, CancellationToken cancellationToken) =>
        await BlobFiles.DownloadAsync(incoming.GetBlobClient(uploadName), cancellationToken).ConfigureAwait(false) is { } download
            ? new Upload(uploadName, download.Content.ToMemory(), VersionOf(download.Details.ETag), download.Details.LastModified)
            {
                ContentType = string.IsNullOrEmpty(download.Details.ContentType) ? null : download.Details.ContentType,
            }
            : null;

    /// <summary>An upload's version as recorded and shown: its ETag without the quotes of the HTTP header.</summary>
    public static string VersionOf(ETag etag) => etag.ToString().Trim('"');

    public async IAsyncEnumerable<UploadVersion> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var blob in incoming.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            // Listings answer the ETag without quotes, reads with them: both become the unquoted version.
            yield return new UploadVersion(blob.Name, blob.Properties.ETag is { } etag ? VersionOf(etag) : "");
        }
    }
}
