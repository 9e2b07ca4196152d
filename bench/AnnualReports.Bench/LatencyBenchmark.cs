using System.Diagnostics;
using AnnualReports.Azure.Local;
using AnnualReports.Parsing;
using AnnualReports.Publishing;
using AnnualReports.Reports;
using AnnualReports.Validation;
using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;

namespace AnnualReports.Bench;

/// <summary>
/// Upload to page: distinct reports uploaded one after another to <c>incoming</c> on Azurite with the watcher
/// running; for each, the time from the upload's completion until its report page exists in <c>$web</c>.
/// </summary>
internal static class LatencyBenchmark
{
    private const double P95TargetMilliseconds = 1000;
    private static readonly TimeSpan PagePoll = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(ResultTable table, int uploads)
    {
        const string section = "upload to page";
        var reports = Reports(uploads);
        await using var storage = await Storage.StartAsync().ConfigureAwait(false);
        var incoming = storage.Clients.Blobs.GetBlobContainerClient(storage.Options.IncomingContainer);
        var web = storage.Clients.Blobs.GetBlobContainerClient(storage.Options.WebContainer);

        var latencies = new List<double>();
        var pollInterval = TimeSpan.Zero;
        var missing = 0;
        using (var watcher = new IncomingWatcher(
            storage.Clients, storage.Options, storage.Pipeline().Processor, TimeProvider.System, NullLogger<IncomingWatcher>.Instance))
        {
            pollInterval = watcher.PollInterval;
            await watcher.StartAsync(CancellationToken.None).ConfigureAwait(false);
            foreach (var report in reports)
            {
                var (agencyId, year) = (report.Metadata.Agency.Id, report.Metadata.Year);
                var page = web.GetBlobClient(SitePaths.ReportPage(agencyId, year));
                await incoming.GetBlobClient($"{agencyId}/{year}.json").UploadAsync(BinaryData.FromBytes(CanonicalJson.WriteUtf8(report))).ConfigureAwait(false);
                var stopwatch = Stopwatch.StartNew();
                while (!await ExistsAsync(page).ConfigureAwait(false))
                {
                    if (stopwatch.Elapsed > GiveUpAfter)
                    {
                        missing++;
                        break;
                    }

                    await Task.Delay(PagePoll).ConfigureAwait(false);
                }

                if (stopwatch.Elapsed <= GiveUpAfter)
                {
                    latencies.Add(stopwatch.Elapsed.TotalMilliseconds);
                }
            }

            await watcher.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        latencies.Sort();
        Console.WriteLine($"Upload to page: {latencies.Count} pages, {missing} never appeared");
        if (missing > 0)
        {
            table.Fail(section, $"{missing} of {uploads} report pages never appeared");
        }

        if (latencies.Count == 0)
        {
            return;
        }

        table.Add(section, $"uploads measured (dev watcher, polls every {pollInterval.TotalMilliseconds:0} ms)", latencies.Count, "", null, lowerIsBetter: true);
        table.Add(section, "p50", Percentile(latencies, 0.50), "ms", null, lowerIsBetter: true);
        table.Add(section, "p95", Percentile(latencies, 0.95), "ms", P95TargetMilliseconds, lowerIsBetter: true);
        table.Add(section, "max", latencies[^1], "ms", null, lowerIsBetter: true);
    }

    /// <summary>Distinct reports that all validate, each agency's years in order so last year's report is published first.</summary>
    private static List<AnnualReport> Reports(int count)
    {
        const int years = 10;
        var agencies = (count + years - 1) / years;
        var reports = SyntheticReports.Site(agencies, years).Take(count).ToList();
        AnnualReport? previous = null;
        foreach (var report in reports)
        {
            var previousYear = previous?.Metadata.Agency.Id == report.Metadata.Agency.Id ? previous : null;
            if (ReportValidator.Validate(report, new ValidationContext(previousYear)).FirstOrDefault(f => f.IsError) is { } error)
            {
                throw new InvalidOperationException($"Synthetic report {report.Metadata.Agency.Id}/{report.Metadata.Year} breaks {error.RuleId}: {error.MessageEn}");
            }

            previous = report;
        }

        return reports;
    }

    private static async Task<bool> ExistsAsync(BlobClient blob)
    {
        try
        {
            return (await blob.ExistsAsync().ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException)
        {
            return false;
        }
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
