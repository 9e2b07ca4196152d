using AnnualReports.OpenData;
using AnnualReports.OpenData.Ports;
using AnnualReports.Reports;

namespace AnnualReports.Core.Tests.OpenData;

/// <summary>Builds the two data files of some reports in memory, as the publishers do.</summary>
internal static class OpenDataFiles
{
    public static readonly DateTimeOffset BuiltAt = new(2026, 11, 28, 23, 0, 0, TimeSpan.Zero);

    public static async Task<(byte[] Csv, byte[] Json, DataStamp Stamp)> BuildAsync(IEnumerable<AnnualReport> reports, string licence = "CC0")
    {
        using var files = await DataFiles.BuildAsync(
            reports.Select(ReportRow.From).ToAsyncEnumerable(), MemoryScratchStreams.Instance.Create, BuiltAt, licence, CancellationToken.None);
        return (((MemoryStream)files.Csv).ToArray(), ((MemoryStream)files.Json).ToArray(), files.Stamp);
    }
}
