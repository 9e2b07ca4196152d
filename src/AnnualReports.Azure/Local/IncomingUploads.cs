using AnnualReports.Azure.Blobs;
using AnnualReports.Publishing;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace AnnualReports.Azure.Local;

/// <summary>
/// Drops files into the <c>incoming</c> container as an office would, which triggers the pipeline. Used by the
/// <c>upload</c> and <c>dev</c> commands and by tests; the pipeline itself never writes there.
/// </summary>
public sealed class IncomingUploads(BlobContainerClient incoming)
{
    /// <summary>Uploads <paramref name="content"/> as <paramref name="name"/>, replacing any blob of that name (a new version).</summary>
    /// <param name="skipIfSame">Leave the blob (and its version) alone when it already holds these bytes.</param>
    /// <returns><c>true</c> when a new version was written.</returns>
    public async Task<bool> UploadAsync(string name, ReadOnlyMemory<byte> content, bool skipIfSame, CancellationToken cancellationToken)
    {
        if (UploadNames.Check(name) is { } problem)
        {
            throw new ArgumentException(problem.MessageEn, nameof(name));
        }

        var blob = incoming.GetBlobClient(name);
        var hash = ContentHash.Of(content.Span);
        if (skipIfSame && await BlobFiles.GetVersionAsync(blob, cancellationToken).ConfigureAwait(false) is { ContentHash: { } existing } && existing == hash)
        {
            return false;
        }

        await blob.UploadAsync(
            BinaryData.FromBytes(content),
            new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypeOf(name) },
                Metadata = new Dictionary<string, string> { [BlobFiles.HashMetadata] = hash },
            },
            cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name).ToUpperInvariant() switch
    {
        ".JSON" => "application/json; charset=utf-8",
        ".YAML" or ".YML" => "application/yaml; charset=utf-8",
        ".TXT" => "text/plain; charset=utf-8",
        ".DOCX" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/octet-stream",
    };
}
