using System.Collections.Concurrent;
using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;

namespace AnnualReports.Azure.IntegrationTests.Queues;

/// <summary>
/// The real site store, counting the writes of every path (shared by competing consumers), and failing the writes
/// of the paths <see cref="FailWhen"/> picks, as a storage outage would, or slowing those <see cref="DelayWhen"/> picks.
/// </summary>
public sealed class CountingSiteStore(ISiteStore inner) : ISiteStore
{
    public ConcurrentDictionary<string, int> Writes { get; } = new(StringComparer.Ordinal);

    /// <summary>Every write asked for, written or not (a second handler finds the page current and writes nothing).</summary>
    public ConcurrentDictionary<string, int> Attempts { get; } = new(StringComparer.Ordinal);

    public Func<string, bool> FailWhen { get; init; } = _ => false;

    public Func<string, TimeSpan> DelayWhen { get; init; } = _ => TimeSpan.Zero;

    public Task<PageVersion?> GetVersionAsync(string path, CancellationToken cancellationToken) => inner.GetVersionAsync(path, cancellationToken);

    public async Task<PageVersion?> WriteAsync(SiteFile file, WriteCondition condition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        Attempts.AddOrUpdate(file.Path, 1, (_, n) => n + 1);
        if (DelayWhen(file.Path) is { } delay && delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }

        if (FailWhen(file.Path))
        {
            throw new IOException($"Injected write failure of {file.Path}.");
        }

        var version = await inner.WriteAsync(file, condition, cancellationToken).ConfigureAwait(false);
        if (version is not null)
        {
            Writes.AddOrUpdate(file.Path, 1, (_, n) => n + 1);
        }

        return version;
    }

    public Task<IReadOnlyDictionary<string, PageVersion>?> ListVersionsAsync(string prefix, CancellationToken cancellationToken) =>
        inner.ListVersionsAsync(prefix, cancellationToken);
}
