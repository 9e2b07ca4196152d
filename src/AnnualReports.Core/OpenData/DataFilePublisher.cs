using System.Security.Cryptography;
using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using Microsoft.Extensions.Logging;

namespace AnnualReports.OpenData;

/// <summary>
/// Publishes a CSV and JSON pair of data files the way <see cref="SiteFilePublisher"/> publishes pages — read the
/// files' versions, then build from the data, write on the condition that nobody wrote since, start over on a
/// conflict — except that "unchanged" means the same <see cref="DataStamp.DataHash"/>: the files carry their build
/// time, so their bytes differ on every build, but a build whose data did not change writes nothing.
/// </summary>
public sealed partial class DataFilePublisher(ISiteStore site, TimeProvider time, ILogger<DataFilePublisher> logger)
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    /// <summary>Builds the pair with <paramref name="build"/> (given the build time) and publishes it unless its data is already there.</summary>
    /// <returns>What was done to each file, and the stamp of the files now in place.</returns>
    /// <param name="listing">Versions of the site's files read before the data (a whole-site run's), trusted for the first attempt; <c>null</c> to read them.</param>
    public async Task<(IReadOnlyList<PublishedFile> Files, DataStamp Stamp)> PublishAsync(
        string csvPath, string jsonPath, Func<DateTimeOffset, CancellationToken, Task<DataFiles>> build, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, PageVersion>? listing = null)
    {
        ArgumentNullException.ThrowIfNull(build);
        for (var attempt = 1; attempt <= SiteFilePublisher.MaxAttempts; attempt++)
        {
            var (csvVersion, jsonVersion) = attempt == 1 && listing is not null
                ? (listing.GetValueOrDefault(csvPath), listing.GetValueOrDefault(jsonPath))
                : (await site.GetVersionAsync(csvPath, cancellationToken).ConfigureAwait(false), await site.GetVersionAsync(jsonPath, cancellationToken).ConfigureAwait(false));
            using var files = await build(time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            if (DataStamp.Parse(csvVersion?.Source) is { } current
                && current.DataHash == files.Stamp.DataHash
                && DataStamp.Parse(jsonVersion?.Source)?.DataHash == files.Stamp.DataHash)
            {
                return ([new PublishedFile(csvPath, PublishResult.Unchanged, csvVersion!), new PublishedFile(jsonPath, PublishResult.Unchanged, jsonVersion!)], current);
            }

            var source = files.Stamp.ToString();
            if (await WriteAsync(csvPath, files.Csv, CsvContentType, source, csvVersion, cancellationToken).ConfigureAwait(false) is { } csvWritten
                && await WriteAsync(jsonPath, files.Json, "application/json; charset=utf-8", source, jsonVersion, cancellationToken).ConfigureAwait(false) is { } jsonWritten)
            {
                return ([new PublishedFile(csvPath, PublishResult.Written, csvWritten), new PublishedFile(jsonPath, PublishResult.Written, jsonWritten)], files.Stamp);
            }

            LogConflict(logger, csvPath, attempt);
            await Task.Delay(ConflictBackoff.For(attempt), time, cancellationToken).ConfigureAwait(false);
        }

        throw new InvalidOperationException($"'{csvPath}' kept changing under {SiteFilePublisher.MaxAttempts} attempts to write it.");
    }

    private async Task<PageVersion?> WriteAsync(
        string path, Stream content, string contentType, string source, PageVersion? current, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken).ConfigureAwait(false));
        content.Position = 0;
        return await site.WriteAsync(path, content, contentType, SiteFile.ShortCache, hash, source, WriteCondition.IfUnchangedSince(current), cancellationToken)
            .ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Path} was written by another instance; attempt {Attempt} starts over")]
    private static partial void LogConflict(ILogger logger, string path, int attempt);
}
