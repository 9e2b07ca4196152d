using AnnualReports.Publishing.Ports;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Publishing;

/// <summary>
/// Writes site files that several instances may write at once, so that the last successful write is never stale:
/// read the file's version, then the data, render; stop if the bytes are already there; else write on the condition
/// that nobody wrote since the version was read, and start over on a conflict (with jittered backoff).
/// Reading the version before the data makes every successful write include all data saved before it.
/// </summary>
public sealed partial class SiteFilePublisher(ISiteStore site, TimeProvider time, ILogger<SiteFilePublisher> logger)
{
    public const int MaxAttempts = 40;

    /// <summary>The current version of one file.</summary>
    public Task<PageVersion?> GetVersionAsync(string path, CancellationToken cancellationToken) => site.GetVersionAsync(path, cancellationToken);

    /// <summary>The versions of the files under <paramref name="prefix"/> from a listing, or <c>null</c> if the store cannot list.</summary>
    public Task<IReadOnlyDictionary<string, PageVersion>?> ListVersionsAsync(string prefix, CancellationToken cancellationToken) =>
        site.ListVersionsAsync(prefix, cancellationToken);

    /// <summary>Publishes the file that <paramref name="render"/> produces from the current data.</summary>
    public Task<PublishedFile> PublishAsync(string path, Func<CancellationToken, Task<SiteFile>> render, CancellationToken cancellationToken) =>
        PublishAsync(path, render, null, cancellationToken);

    /// <summary>
    /// Publishes fixed bytes, taking <paramref name="listed"/> as the file's version for the first attempt
    /// (<see cref="ListedVersion.Absent"/> when a listing did not have it), so a batch read by one listing costs
    /// no read per file. A conflict starts over with a fresh read as usual.
    /// </summary>
    public Task<PublishedFile> PublishAsync(SiteFile file, ListedVersion listed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(listed);
        return PublishAsync(file.Path, _ => Task.FromResult(file), listed, cancellationToken);
    }

    /// <summary>
    /// Publishes what <paramref name="render"/> produces, trusting <paramref name="listed"/> (read before the data
    /// the render uses) for the first attempt.
    /// </summary>
    public async Task<PublishedFile> PublishAsync(
        string path, Func<CancellationToken, Task<SiteFile>> render, ListedVersion? listed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(render);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var current = attempt == 1 && listed is not null
                ? listed.Version
                : await site.GetVersionAsync(path, cancellationToken).ConfigureAwait(false);
            var file = await render(cancellationToken).ConfigureAwait(false);
            if (file.Path != path)
            {
                throw new InvalidOperationException($"Rendered '{file.Path}' for '{path}'.");
            }

            if (current is not null && current.ContentHash == file.Hash)
            {
                return new PublishedFile(path, PublishResult.Unchanged, current);
            }

            if (await site.WriteAsync(file, WriteCondition.IfUnchangedSince(current), cancellationToken).ConfigureAwait(false) is { } written)
            {
                return new PublishedFile(path, PublishResult.Written, written);
            }

            LogConflict(logger, path, attempt);
            await Task.Delay(ConflictBackoff.For(attempt), time, cancellationToken).ConfigureAwait(false);
        }

        throw new InvalidOperationException($"'{path}' kept changing under {MaxAttempts} attempts to write it.");
    }

    /// <summary>Publishes fixed bytes (a report page, the stylesheet) unless they are already there.</summary>
    public Task<PublishedFile> PublishAsync(SiteFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        return PublishAsync(file.Path, _ => Task.FromResult(file), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Path} was written by another instance; attempt {Attempt} starts over")]
    private static partial void LogConflict(ILogger logger, string path, int attempt);
}

/// <summary>A file's version as a listing found it: <see cref="Version"/> is <c>null</c> when the listing did not have the file.</summary>
public sealed record ListedVersion(PageVersion? Version)
{
    public static ListedVersion Absent { get; } = new((PageVersion?)null);

    /// <summary>The version of <paramref name="path"/> in <paramref name="listing"/>, absent if not there.</summary>
    public static ListedVersion In(IReadOnlyDictionary<string, PageVersion> listing, string path)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return listing.TryGetValue(path, out var version) ? new ListedVersion(version) : Absent;
    }
}

/// <summary>What publishing one site file did, and the file's version afterwards.</summary>
public sealed record PublishedFile(string Path, PublishResult Result, PageVersion Version)
{
    public bool Written => Result == PublishResult.Written;
}

public enum PublishResult
{
    Written,
    Unchanged,
}
