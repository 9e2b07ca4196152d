using System.Collections.Concurrent;
using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;

namespace AnnualReports.TestKit.Fakes;

/// <summary>An uploads table in memory.</summary>
public sealed class InMemoryUploadLog : IUploadLog
{
    private readonly ConcurrentDictionary<string, UploadRecord> _records = new(StringComparer.Ordinal);

    public IReadOnlyCollection<UploadRecord> Records => [.. _records.Values];

    public Task<UploadRecord?> GetAsync(string uploadName, CancellationToken cancellationToken) =>
        Task.FromResult(_records.GetValueOrDefault(uploadName));

    public Task RecordAsync(UploadRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        _records[record.UploadName] = record;
        return Task.CompletedTask;
    }
}
