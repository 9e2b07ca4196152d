using System.Diagnostics;
using System.Globalization;
using AnnualReports.Azure;
using AnnualReports.Azure.Queues;
using AnnualReports.Azure.Tables;
using AnnualReports.Publishing;
using AnnualReports.Regeneration;

namespace AnnualReports.Bench;

/// <summary>
/// Whole-site regeneration through the queue on Azurite: the planner queues the batches, and 1, 2 and 4 consumer
/// processes (this program, <c>queue-consumer</c>, see <see cref="QueueConsumerProcess"/>) take them until the run is
/// complete. Each round renders with a different site title, so every page really changes and is written. Compared
/// with the floor (the same writes made straight with the SDK) measured in the same run.
/// </summary>
internal static class QueueBenchmark
{
    public static readonly IReadOnlyList<int> ConsumerCounts = [1, 2, 4];

    public static async Task RunAsync(ResultTable table, int agencies, int years, int parallelism, IReadOnlyList<int> consumerCounts, int heapLimitMb, int? azuriteMemoryMb)
    {
        var section = heapLimitMb > 0 ? $"queue {agencies}x{years}, consumer heap ≤ {heapLimitMb} MB" : $"queue {agencies}x{years}";
        await using var storage = await Storage.StartAsync(azuriteMemoryMb).ConfigureAwait(false);
        var seeding = Stopwatch.StartNew();
        var reports = await Storage.SeedAsync(storage.Stores, SyntheticReports.Site(agencies, years)).ConfigureAwait(false);
        Console.WriteLine($"Seeded {reports} reports in {seeding.Elapsed.TotalSeconds:0.0} s");
        table.Add(section, "reports seeded", reports, "", null, lowerIsBetter: true);

        // One in-process run first: it publishes the site the queued rounds change, and names the writes the floor repeats.
        storage.Site.Reset();
        var inProcess = Stopwatch.StartNew();
        await storage.Pipeline(parallelism).Regenerator.RegenerateAsync(RegenerationScope.All, CancellationToken.None).ConfigureAwait(false);
        inProcess.Stop();
        var written = storage.Site.Written.ToList();
        Console.WriteLine($"In-process full regeneration: {written.Count} files in {inProcess.Elapsed.TotalSeconds:0.0} s");
        var floor = await SiteBenchmark.FloorAsync(storage, written, parallelism).ConfigureAwait(false);
        Console.WriteLine($"Floor: {written.Count} writes in {floor.TotalSeconds:0.0} s");
        // Its copy of the site is not needed again; at 100,000 reports it is gigabytes of Azurite's memory.
        await storage.Clients.Blobs.GetBlobContainerClient(SiteBenchmark.FloorContainer).DeleteAsync().ConfigureAwait(false);
        table.Add(section, "files a full regeneration writes", written.Count, "", null, lowerIsBetter: true);
        var largest = written.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).MaxBy(f => f.Length);
        if (largest is not null)
        {
            table.Add(section, $"largest page ({largest.Path})", largest.Length / 1024.0, "KB", UploadCostBenchmark.PageKilobytesTarget, lowerIsBetter: true);
        }

        table.Add(section, $"floor: same writes via SDK (parallelism {parallelism})", floor.TotalSeconds, "s", null, lowerIsBetter: true);
        table.Add(section, "floor throughput", reports / floor.TotalSeconds, "reports/s", null, lowerIsBetter: false);
        table.Add(section, "in-process full regeneration (cold JIT) / floor", inProcess.Elapsed / floor, "×", null, lowerIsBetter: true);

        var queues = RegenerationQueues.FromService(RegenerationQueues.ServiceFromConnectionString(storage.Azurite.ConnectionString), storage.Options.RegenerationQueue);
        await queues.EnsureCreatedAsync(CancellationToken.None).ConfigureAwait(false);
        var runs = new TableRegenerationRuns(storage.Clients.Tables.GetTableClient(storage.Options.RegenerationsTable));
        var planner = new RegenerationPlanner(storage.Stores.Index, new QueueRegenerationBatches(queues.Work), runs, TimeProvider.System);

        foreach (var consumers in consumerCounts)
        {
            var runId = $"bench-{consumers}-consumers";
            var title = $"政府信息公开工作年度报告（{consumers}）";
            var processes = Enumerable.Range(0, consumers).Select(_ => QueueConsumerProcess.Start(storage.Azurite.ConnectionString, runId, title, heapLimitMb)).ToList();
            foreach (var process in processes)
            {
                await process.WaitReadyAsync().ConfigureAwait(false);
            }

            var azuriteCpu = ProcessMemory.DescendantsCpu();
            var stopwatch = Stopwatch.StartNew();
            var started = await planner.StartAsync(runId, CancellationToken.None).ConfigureAwait(false);
            var peaks = new List<double>();
            foreach (var process in processes)
            {
                peaks.Add(await process.WaitExitAsync().ConfigureAwait(false) / 1024.0 / 1024.0);
            }

            stopwatch.Stop();
            // The consumers have exited, so the descendants left are Azurite's; each consumer reported its own CPU.
            var azuriteSeconds = (ProcessMemory.DescendantsCpu() - azuriteCpu).TotalSeconds;
            var consumerSeconds = processes.Sum(p => p.CpuSeconds);
            var run = await runs.GetAsync(runId, CancellationToken.None).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Run {runId} was not recorded.");
            // Printed as each round ends, so a round that never ends does not take the earlier figures with it.
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{consumers} consumer(s): {run.Done} done, {run.Failed} failed of {started.Total} in {stopwatch.Elapsed.TotalSeconds:0.0} s ({started.Batches} batches); CPU consumers {consumerSeconds:0.0} s, Azurite {azuriteSeconds:0.0} s; peak working set {string.Join(", ", peaks.Select(p => p.ToString("0", CultureInfo.InvariantCulture)))} MB"));
            var label = consumers == 1 ? "1 consumer process" : $"{consumers} consumer processes";
            if (run.Failed > 0 || run.Done != started.Total || !run.Complete)
            {
                table.Fail(section, $"{label}: {run.Done} done, {run.Failed} failed of {started.Total}, complete {run.Complete}");
            }

            table.Add(section, $"{label}: time (plan + queue + all batches + listing pages)", stopwatch.Elapsed.TotalSeconds, "s", null, lowerIsBetter: true);
            table.Add(section, $"{label}: throughput", run.Done / stopwatch.Elapsed.TotalSeconds, "reports/s", null, lowerIsBetter: false);
            table.Add(section, $"{label}: time / floor", stopwatch.Elapsed / floor, "×", null, lowerIsBetter: true);
            table.Add(section, $"{label}: CPU s, consumers / Azurite", consumerSeconds, $"s / {azuriteSeconds:0.0} s", null, lowerIsBetter: true);
            table.Add(section, $"{label}: peak working set per consumer", peaks.Max(), $"MB (each: {string.Join(", ", peaks.Select(p => p.ToString("0", CultureInfo.InvariantCulture)))})", null, lowerIsBetter: true);
        }

        table.Add(section, "Azurite peak working set (separate process)", ProcessMemory.DescendantsPeakBytes() / 1024.0 / 1024.0, "MB", null, lowerIsBetter: true);
    }
}
