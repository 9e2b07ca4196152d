using AnnualReports.Publishing.Ports;
using Azure.Storage.Blobs;

namespace AnnualReports.Azure.Blobs;

/// <summary>Reads uploads from the <c>incoming</c> container. Never writes or deletes there.</summary>
public sealed class BlobUploadStore(BlobContainerClient incoming) : IUploadStore
{
    public async Task<Upload?> ReadAsync(string uploadName, CancellationToken cancellationToken) =>
        await BlobFiles.DownloadAsync(incoming.GetBlobClient(uploadName), cancellationToken).ConfigureAwait(false) is { } download
            ? new Upload(uploadName, download.Content.ToMemory(), download.Details.ETag.ToString(), download.Details.LastModified)
            : null;

    public async IAsyncEnumerable<UploadVersion> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var blob in incoming.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            // Listings answer the ETag without quotes; reads (the version a record names) with them.
            yield return new UploadVersion(blob.Name, $"\"{blob.Properties.ETag.ToString()!.Trim('"')}\"");
        }
    }
}
