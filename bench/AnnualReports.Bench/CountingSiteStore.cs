using System.Collections.Concurrent;
using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;

namespace AnnualReports.Bench;

/// <summary>Counts the writes made through an <see cref="ISiteStore"/> and remembers each written file's size and headers.</summary>
internal sealed class CountingSiteStore(ISiteStore inner) : ISiteStore
{
    private readonly ConcurrentQueue<WrittenFile> _written = new();
    private int _versionReads;

    public int Writes => _written.Count;

    public int VersionReads => _versionReads;

    public IReadOnlyCollection<WrittenFile> Written => _written;

    public void Reset()
    {
        _written.Clear();
        _versionReads = 0;
    }

    public Task<PageVersion?> GetVersionAsync(string path, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _versionReads);
        return inner.GetVersionAsync(path, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, PageVersion>?> ListVersionsAsync(string prefix, CancellationToken cancellationToken) =>
        inner.ListVersionsAsync(prefix, cancellationToken);

    public async Task<PageVersion?> WriteAsync(SiteFile file, WriteCondition condition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var result = await inner.WriteAsync(file, condition, cancellationToken).ConfigureAwait(false);
        if (result is not null)
        {
            _written.Enqueue(new WrittenFile(file.Path, file.Content.Length, file.ContentType, file.CacheControl));
        }

        return result;
    }
}

internal sealed record WrittenFile(string Path, int Length, string ContentType, string CacheControl);
