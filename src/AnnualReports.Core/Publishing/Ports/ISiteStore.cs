namespace AnnualReports.Publishing.Ports;

/// <summary>The public static website container (<c>$web</c>), written with optimistic concurrency.</summary>
public interface ISiteStore
{
    /// <summary>The current version of the file at <paramref name="path"/>, or <c>null</c> when it does not exist.</summary>
    Task<PageVersion?> GetVersionAsync(string path, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the file (storing its hash, and its <see cref="SiteFile.Source"/> if any, beside it) if
    /// <paramref name="condition"/> still holds, and answers its new version; <c>null</c> when the condition failed
    /// because someone else wrote first (HTTP 412 or 409).
    /// </summary>
    Task<PageVersion?> WriteAsync(SiteFile file, WriteCondition condition, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="WriteAsync(SiteFile, WriteCondition, CancellationToken)"/> for a file built in scratch space
    /// (a site-wide data file), read from <paramref name="content"/> at its position; <paramref name="hash"/> is its
    /// <see cref="ContentHash"/>. Stores that keep files in memory read the stream whole.
    /// </summary>
    async Task<PageVersion?> WriteAsync(
        string path, Stream content, string contentType, string cacheControl, string hash, string? source, WriteCondition condition,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
        var file = new SiteFile(path, copy.ToArray(), contentType, cacheControl) { Source = source };
        return file.Hash == hash
            ? await WriteAsync(file, condition, cancellationToken).ConfigureAwait(false)
            : throw new ArgumentException($"The content of '{path}' does not have the hash {hash}.", nameof(hash));
    }

    /// <summary>
    /// The versions of every file whose path starts with <paramref name="prefix"/>, read in a few listing calls
    /// instead of one call per file; a path missing from the answer does not exist. <c>null</c> when the store
    /// cannot list, and callers then read versions one by one.
    /// </summary>
    Task<IReadOnlyDictionary<string, PageVersion>?> ListVersionsAsync(string prefix, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, PageVersion>?>(null);
}

/// <param name="ETag">The version to name in a conditional write.</param>
/// <param name="ContentHash">The <c>sha256</c> stored with the file, <c>null</c> when it was written by something else.</param>
/// <param name="Source">The <see cref="SiteFile.Source"/> stored with the file: what it was rendered from.</param>
public sealed record PageVersion(string ETag, string? ContentHash, string? Source = null);

/// <summary>A precondition of a write: the file is absent, or still at a known version.</summary>
public sealed record WriteCondition
{
    private WriteCondition(string? ifMatch) => IfMatch = ifMatch;

    /// <summary>The ETag the file must still have; <c>null</c> means the file must not exist yet.</summary>
    public string? IfMatch { get; }

    public static WriteCondition IfAbsent { get; } = new((string?)null);

    public static WriteCondition IfUnchangedSince(PageVersion? current) => current is null ? IfAbsent : new(current.ETag);
}

public enum WriteResult
{
    Written,

    /// <summary>The precondition failed: someone else wrote the file first (HTTP 412 or 409).</summary>
    Conflict,
}
