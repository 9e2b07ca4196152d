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
}

/// <summary>The reports table in memory, with ETag checks like the Table service.</summary>
public sealed class InMemoryReportIndex : IReportIndex
{
    private readonly ConcurrentDictionary<(string, int), IndexedReport> _entries = new();
    private readonly Lock _gate = new();
    private int _etag;

    public Task<IndexedReport?> GetAsync(string agencyId, int year, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.GetValueOrDefault((agencyId, year)));

    public Task<WriteResult> SaveAsync(IndexedReport entry, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            var current = _entries.GetValueOrDefault((entry.AgencyId, entry.Year))?.ETag;
            if (current != expectedETag)
            {
                return Task.FromResult(WriteResult.Conflict);
            }

            _entries[(entry.AgencyId, entry.Year)] = entry with { ETag = (++_etag).ToString(CultureInfo.InvariantCulture) };
            return Task.FromResult(WriteResult.Written);
        }
    }

    public Task<IReadOnlyList<IndexedReport>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<IndexedReport>>([.. _entries.Values]);

    public Task<IReadOnlyList<IndexedReport>> ListByAgencyAsync(string agencyId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<IndexedReport>>([.. _entries.Values.Where(e => e.AgencyId == agencyId)]);
}

/// <summary>The archive in memory.</summary>
public sealed class InMemoryReportArchive : IReportArchive
{
    private readonly ConcurrentDictionary<(string, int), ReadOnlyMemory<byte>> _canonical = new();

    public Task ArchiveAsync(string agencyId, int year, ReadOnlyMemory<byte> canonicalJson, Upload original, CancellationToken cancellationToken)
    {
        _canonical[(agencyId, year)] = canonicalJson;
        return Task.CompletedTask;
    }

    public Task<ReadOnlyMemory<byte>?> ReadCanonicalAsync(string agencyId, int year, CancellationToken cancellationToken) =>
        Task.FromResult(_canonical.TryGetValue((agencyId, year), out var bytes) ? bytes : (ReadOnlyMemory<byte>?)null);

    public Task<IReadOnlyDictionary<(string AgencyId, int Year), string>?> ListCanonicalHashesAsync(string? agencyId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<(string AgencyId, int Year), string>?>(
            _canonical.Where(c => agencyId is null || c.Key.Item1 == agencyId).ToDictionary(c => c.Key, c => ContentHash.Of(c.Value.Span)));
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
