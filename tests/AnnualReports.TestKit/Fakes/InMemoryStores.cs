using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;

namespace AnnualReports.TestKit.Fakes;

/// <summary>The <c>incoming</c> container in memory.</summary>
public sealed class InMemoryUploadStore : IUploadStore
{
    private readonly ConcurrentDictionary<string, Upload> _uploads = new(StringComparer.Ordinal);
    private int _version;

    public void Put(string name, byte[] content, DateTimeOffset uploadedAt) =>
        _uploads[name] = new Upload(name, content, $"\"v{Interlocked.Increment(ref _version).ToString(CultureInfo.InvariantCulture)}\"", uploadedAt);

    public Task<Upload?> ReadAsync(string uploadName, CancellationToken cancellationToken) =>
        Task.FromResult(_uploads.GetValueOrDefault(uploadName));

    public async IAsyncEnumerable<UploadVersion> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var upload in _uploads.Values.OrderBy(u => u.Name, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return new UploadVersion(upload.Name, upload.Version);
        }
    }
}

/// <summary>The reports table in memory, with ETag checks like the Table service.</summary>
public sealed class InMemoryReportIndex : IReportIndex
{
    private readonly ConcurrentDictionary<(string, int), (IndexedReport Entry, ReadOnlyMemory<byte> Canonical)> _entries = new();
    private readonly Lock _gate = new();
    private int _etag;

    /// <summary>Data files larger than this are not kept with the entry (as the Table service caps a property), only in the archive.</summary>
    public int MaxCanonicalBytes { get; set; } = int.MaxValue;

    private int _fullListings;

    public Task<IndexedReport?> GetAsync(string agencyId, int year, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.TryGetValue((agencyId, year), out var e) ? e.Entry : null);

    public Task<WriteResult> SaveAsync(IndexedReport entry, ReadOnlyMemory<byte> canonicalJson, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            var current = _entries.TryGetValue((entry.AgencyId, entry.Year), out var e) ? e.Entry.ETag : null;
            if (current != expectedETag)
            {
                return Task.FromResult(WriteResult.Conflict);
            }

            _entries[(entry.AgencyId, entry.Year)] = (entry with { ETag = (++_etag).ToString(CultureInfo.InvariantCulture) }, canonicalJson.ToArray());
            return Task.FromResult(WriteResult.Written);
        }
    }

    /// <summary>How many times the whole table was listed (what an upload must never need).</summary>
    public int FullListings => _fullListings;

    public Task<IReadOnlyList<IndexedReport>> ListAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _fullListings);
        return Task.FromResult<IReadOnlyList<IndexedReport>>([.. _entries.Values.Select(e => e.Entry)]);
    }

    public Task<IReadOnlyList<IndexedReport>> ListByAgencyAsync(string agencyId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<IndexedReport>>([.. _entries.Values.Select(e => e.Entry).Where(e => e.AgencyId == agencyId)]);

    public async IAsyncEnumerable<ReportPlacement> StreamPlacementsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var (entry, _) in _entries.Values.ToList())
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return new ReportPlacement(entry.AgencyId, entry.Year, entry.Summary.RegionCode);
        }
    }

    public Task<StoredCanonical?> ReadCanonicalAsync(string agencyId, int year, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.TryGetValue((agencyId, year), out var e) ? Stored(e.Entry, e.Canonical) : null);

    public async IAsyncEnumerable<StoredCanonical> StreamCanonicalAsync(
        string? agencyId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var (entry, canonical) in _entries.Values.Where(e => agencyId is null || e.Entry.AgencyId == agencyId).ToList())
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return Stored(entry, canonical);
        }
    }

    private StoredCanonical Stored(IndexedReport entry, ReadOnlyMemory<byte> canonical) =>
        new(entry.AgencyId, entry.Year, entry.Summary.ContentHash, canonical.Length <= MaxCanonicalBytes ? canonical : (ReadOnlyMemory<byte>?)null);
}

/// <summary>The archive in memory: canonical data files by hash.</summary>
public sealed class InMemoryReportArchive : IReportArchive
{
    private readonly ConcurrentDictionary<(string, int, string), ReadOnlyMemory<byte>> _canonical = new();

    public int CanonicalFiles => _canonical.Count;

    public Task ArchiveAsync(string agencyId, int year, ReadOnlyMemory<byte> canonicalJson, Upload original, CancellationToken cancellationToken)
    {
        _canonical.TryAdd((agencyId, year, ContentHash.Of(canonicalJson.Span)), canonicalJson.ToArray());
        return Task.CompletedTask;
    }

    public Task<ReadOnlyMemory<byte>?> ReadCanonicalAsync(string agencyId, int year, string contentHash, CancellationToken cancellationToken) =>
        Task.FromResult(_canonical.TryGetValue((agencyId, year, contentHash), out var bytes) ? bytes : (ReadOnlyMemory<byte>?)null);

    /// <summary>Replaces an archived file's bytes, as storage corruption would.</summary>
    public void Corrupt(string agencyId, int year, string contentHash, byte[] bytes) => _canonical[(agencyId, year, contentHash)] = bytes;
}

/// <summary>The site manifest in memory.</summary>
public sealed class InMemorySiteManifestStore : ISiteManifestStore
{
    public IReadOnlyDictionary<string, PageVersion>? Versions { get; set; }

    public int Writes { get; private set; }

    public Task<IReadOnlyDictionary<string, PageVersion>?> ReadAsync(CancellationToken cancellationToken) => Task.FromResult(Versions);

    public Task WriteAsync(IReadOnlyDictionary<string, PageVersion> versions, CancellationToken cancellationToken)
    {
        Versions = new Dictionary<string, PageVersion>(versions, StringComparer.Ordinal);
        Writes++;
        return Task.CompletedTask;
    }
}

/// <summary>The rejections container in memory.</summary>
public sealed class InMemoryRejectionStore : IRejectionStore
{
    private readonly ConcurrentDictionary<string, (string Html, byte[] Json)> _rejections = new(StringComparer.Ordinal);

    public Task<string> WriteAsync(string uploadName, string html, ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        _rejections[uploadName] = (html, json.ToArray());
        return Task.FromResult(uploadName + "/");
    }

    public Task<string?> ReadHtmlAsync(string uploadName, CancellationToken cancellationToken) =>
        Task.FromResult(_rejections.TryGetValue(uploadName, out var r) ? r.Html : null);

    public string? Json(string uploadName) => _rejections.TryGetValue(uploadName, out var r) ? Encoding.UTF8.GetString(r.Json) : null;
}
