using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using Azure.Storage.Blobs;

namespace AnnualReports.Azure.Blobs;

/// <summary>
/// The private archive: <c>{agencyId}/{year}/data/{sha256}.json</c> (every canonical data file published, named by
/// its hash, never overwritten) and <c>{agencyId}/{year}/uploads/{uploadName}</c> (every valid original, superseded ones too).
/// </summary>
public sealed class BlobReportArchive(BlobContainerClient archive) : IReportArchive
{
    private const int MaxCanonicalAttempts = 5;

    public static string CanonicalPath(string agencyId, int year, string contentHash) =>
        contentHash.Length == 64 && contentHash.All(char.IsAsciiHexDigitLower)
            ? $"{AgencyIds.Require(agencyId)}/{year}/data/{contentHash}.json"
            : throw new ArgumentException($"'{contentHash}' is not a SHA-256 in lowercase hex.", nameof(contentHash));

    public static string OriginalPath(string agencyId, int year, string uploadName) =>
        UploadNames.IsUsable(uploadName)
            ? $"{AgencyIds.Require(agencyId)}/{year}/uploads/{uploadName}"
            : throw new ArgumentException($"'{uploadName}' is not a usable upload name.", nameof(uploadName));

    public async Task ArchiveAsync(string agencyId, int year, ReadOnlyMemory<byte> canonicalJson, Upload original, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(original);
        await BlobFiles.WriteIfChangedAsync(
            archive.GetBlobClient(OriginalPath(agencyId, year, original.Name)), original.Content, original.ContentType ?? "application/octet-stream",
            cancellationToken).ConfigureAwait(false);
        // Named by its hash: an existing blob already holds these bytes, so only "absent" needs a write. A refused
        // write (409/412) is trusted only once the blob is seen: a lost answer or a stray 412 must not lose the file.
        var canonical = archive.GetBlobClient(CanonicalPath(agencyId, year, ContentHash.Of(canonicalJson.Span)));
        for (var attempt = 1; attempt <= MaxCanonicalAttempts; attempt++)
        {
            if (await BlobFiles.WriteAsync(canonical, canonicalJson, "application/json; charset=utf-8", null, WriteCondition.IfAbsent, cancellationToken)
                    .ConfigureAwait(false) is not null
                || await BlobFiles.GetVersionAsync(canonical, cancellationToken).ConfigureAwait(false) is not null)
            {
                return;
            }
        }

        throw new IOException($"Archiving {canonical.Name} was refused {MaxCanonicalAttempts} times, yet the blob is not there.");
    }

    public async Task<ReadOnlyMemory<byte>?> ReadCanonicalAsync(string agencyId, int year, string contentHash, CancellationToken cancellationToken) =>
        await BlobFiles.DownloadAsync(archive.GetBlobClient(CanonicalPath(agencyId, year, contentHash)), cancellationToken).ConfigureAwait(false) is { } download
            ? download.Content.ToMemory()
            : null;
}
