namespace AnnualReports.Publishing.Ports;

/// <summary>The private <c>incoming</c> container of uploads. Read only: the pipeline never alters or deletes an upload.</summary>
public interface IUploadStore
{
    /// <summary>The upload's bytes and version, or <c>null</c> when there is no such upload.</summary>
    Task<Upload?> ReadAsync(string uploadName, CancellationToken cancellationToken);

    /// <summary>Every upload's name and current version, without content (for the reconciliation sweep).</summary>
    IAsyncEnumerable<UploadVersion> ListAsync(CancellationToken cancellationToken);
}

/// <param name="Version">The blob's ETag, as <see cref="Upload.Version"/> names it.</param>
public sealed record UploadVersion(string Name, string Version);

/// <param name="Version">The blob's ETag without quotes: a new upload under the same name is a new version.</param>
/// <param name="UploadedAt">When the upload was last written; the newer upload of a report wins.</param>
public sealed record Upload(string Name, ReadOnlyMemory<byte> Content, string Version, DateTimeOffset UploadedAt)
{
    /// <summary>The content type the uploader gave, kept on the archived original; <c>null</c> when none was given.</summary>
    public string? ContentType { get; init; }
}
