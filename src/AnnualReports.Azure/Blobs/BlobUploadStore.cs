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
}
