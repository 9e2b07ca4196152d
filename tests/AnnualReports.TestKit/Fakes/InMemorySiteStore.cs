using System.Collections.Concurrent;
using System.Globalization;
using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;

namespace AnnualReports.TestKit.Fakes;

/// <summary>A <c>$web</c> container in memory with blob-like ETags and conditional writes.</summary>
public sealed class InMemorySiteStore : ISiteStore
{
    private readonly ConcurrentDictionary<string, (PageVersion Version, SiteFile File)> _files = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _etag;

    /// <summary>Runs once before each write's condition is checked: lets a test write "from another instance".</summary>
    public Func<string, Task>? BeforeWrite { get; set; }

    public int Writes { get; private set; }

    /// <summary>Every file's path.</summary>
    public IEnumerable<string> Paths => _files.Keys;

    public SiteFile? this[string path] => _files.TryGetValue(path, out var entry) ? entry.File : null;

    public Task<PageVersion?> GetVersionAsync(string path, CancellationToken cancellationToken) =>
        Task.FromResult(_files.TryGetValue(path, out var entry) ? entry.Version : null);

    /// <summary>How many listings were asked for.</summary>
    public int Listings { get; private set; }

    /// <summary>Removes a file, as someone editing the container by hand would.</summary>
    public void Delete(string path) => _files.TryRemove(path, out _);

    public Task<IReadOnlyDictionary<string, PageVersion>?> ListVersionsAsync(string prefix, CancellationToken cancellationToken)
    {
        Listings++;
        return Task.FromResult<IReadOnlyDictionary<string, PageVersion>?>(
            _files.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value.Version, StringComparer.Ordinal));
    }

    public async Task<PageVersion?> WriteAsync(SiteFile file, WriteCondition condition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(condition);
        if (BeforeWrite is { } before)
        {
            await before(file.Path).ConfigureAwait(false);
        }

        lock (_gate)
        {
            var current = _files.TryGetValue(file.Path, out var entry) ? entry.Version.ETag : null;
            if (current != condition.IfMatch)
            {
                return null;
            }

            var version = new PageVersion((++_etag).ToString(CultureInfo.InvariantCulture), file.Hash, file.Source);
            _files[file.Path] = (version, file);
            Writes++;
            return version;
        }
    }
}
