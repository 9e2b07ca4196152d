using System.Diagnostics;
using AnnualReports.Parsing;
using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using AnnualReports.Reports;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace AnnualReports.Bench;

/// <summary>
/// A large site on Azurite: seeds the archive and reports table through the ports, then measures a full
/// regeneration against the floor (the same writes made directly with the SDK), a regeneration when nothing
/// changed, and the peak memory of this process and of Azurite.
/// </summary>
internal static class SiteBenchmark
{
    private const double FloorRatioTarget = 1.3;
    private const double UnchangedSpeedUpTarget = 20;
    private const double PeakMegabytesTarget = 512;

    public static async Task RunAsync(ResultTable table, int agencies, int years, int parallelism)
    {
        var section = $"site {agencies}x{years}";
        await using var storage = await Storage.StartAsync().ConfigureAwait(false);

        var seeding = Stopwatch.StartNew();
        var reports = await Storage.SeedAsync(storage.Stores, SyntheticReports.Site(agencies, years)).ConfigureAwait(false);
        Console.WriteLine($"Seeded {reports} reports in {seeding.Elapsed.TotalSeconds:0.0} s");
        table.Add(section, "reports seeded (archive + table, via the ports)", reports, "", null, lowerIsBetter: true);
        table.Add(section, "seeding time", seeding.Elapsed.TotalSeconds, "s", null, lowerIsBetter: true);

        await storage.WarmUpAsync(parallelism).ConfigureAwait(false);
        GC.Collect();
        var resetPeak = ProcessMemory.TryResetPeak();
        var regenerator = storage.Pipeline(parallelism).Regenerator;
        storage.Site.Reset();
        var cpu = CpuMeter.Start();
        var full = Stopwatch.StartNew();
        var summary = await regenerator.RegenerateAsync(RegenerationScope.All, CancellationToken.None).ConfigureAwait(false);
        full.Stop();
        var fullCpu = cpu.Stop();
        var written = storage.Site.Written.ToList();
        Console.WriteLine($"Full regeneration: {summary.Written.Count} written, {summary.Failed.Count} failed, {full.Elapsed.TotalSeconds:0.0} s");
        if (summary.Failed.Count > 0)
        {
            table.Fail(section, $"{summary.Failed.Count} reports failed to regenerate: {summary.Failed[0].Reason}");
        }

        cpu = CpuMeter.Start();
        var floor = await FloorAsync(storage, written, parallelism).ConfigureAwait(false);
        var floorCpu = cpu.Stop();
        Console.WriteLine($"Floor: {written.Count} writes in {floor.TotalSeconds:0.0} s");

        storage.Site.Reset();
        var unchanged = Stopwatch.StartNew();
        var again = await regenerator.RegenerateAsync(RegenerationScope.All, CancellationToken.None).ConfigureAwait(false);
        unchanged.Stop();
        Console.WriteLine($"Unchanged regeneration: {storage.Site.Writes} written, {storage.Site.VersionReads} version reads, {again.Unchanged} unchanged, {unchanged.Elapsed.TotalSeconds:0.0} s");

        var peak = ProcessMemory.PeakBytes() / 1024.0 / 1024.0;
        storage.Site.Reset();
        var verified = Stopwatch.StartNew();
        await regenerator.RegenerateAsync(RegenerationScope.All with { Verify = true }, CancellationToken.None).ConfigureAwait(false);
        verified.Stop();
        var verifiedWrites = storage.Site.Writes;
        var parts = await UnchangedPartsAsync(storage, parallelism).ConfigureAwait(false);
        var fullParts = await FullPartsAsync(storage).ConfigureAwait(false);
        var azurite = ProcessMemory.DescendantsPeakBytes() / 1024.0 / 1024.0;

        table.Add(section, "full regeneration: files written", written.Count, "", null, lowerIsBetter: true);
        table.Add(section, "full regeneration: time", full.Elapsed.TotalSeconds, "s", null, lowerIsBetter: true);
        table.Add(section, $"floor: same writes via SDK (parallelism {parallelism})", floor.TotalSeconds, "s", null, lowerIsBetter: true);
        table.Add(section, "full regeneration / floor", full.Elapsed / floor, "×", FloorRatioTarget, lowerIsBetter: true);
        table.Add(section, "CPU s, this process / Azurite: full regeneration", fullCpu.Self, $"s / {fullCpu.Azurite:0.0} s", null, lowerIsBetter: true);
        table.Add(section, "CPU s, this process / Azurite: floor", floorCpu.Self, $"s / {floorCpu.Azurite:0.0} s", null, lowerIsBetter: true);
        foreach (var (part, seconds) in fullParts)
        {
            table.Add(section, $"  full run's work alone: {part}", seconds, "s", null, lowerIsBetter: true);
        }

        table.Add(section, "unchanged regeneration: time", unchanged.Elapsed.TotalSeconds, "s", null, lowerIsBetter: true);
        table.Add(section, "unchanged regeneration: blob writes", storage.Site.Writes, "", 0, lowerIsBetter: true);
        table.Add(section, "full / unchanged (speed-up)", full.Elapsed / unchanged.Elapsed, "×", UnchangedSpeedUpTarget, lowerIsBetter: false);
        foreach (var (part, seconds) in parts)
        {
            table.Add(section, $"  of which {part}", seconds, "s", null, lowerIsBetter: true);
        }

        table.Add(section, "unchanged regeneration, verified (lists $web): time", verified.Elapsed.TotalSeconds, "s", null, lowerIsBetter: true);
        table.Add(section, "unchanged regeneration, verified: blob writes", verifiedWrites, "", 0, lowerIsBetter: true);

        table.Add(section, resetPeak ? "peak working set during regeneration" : "peak working set of the process", peak, "MB", PeakMegabytesTarget, lowerIsBetter: true);
        table.Add(section, "Azurite peak working set (separate process)", azurite, "MB", null, lowerIsBetter: true);
    }

    /// <summary>Times, alone and on one thread, the reading and rendering a full regeneration does besides its writes.</summary>
    private static async Task<List<(string Part, double Seconds)>> FullPartsAsync(Storage storage)
    {
        var parts = new List<(string, double)>();
        var stopwatch = Stopwatch.StartNew();
        var stored = await storage.Stores.Index.StreamCanonicalAsync(null, CancellationToken.None).ToListAsync().ConfigureAwait(false);
        parts.Add(($"streaming the data of {stored.Count} reports from the table", stopwatch.Elapsed.TotalSeconds));
        stopwatch.Restart();
        var bytes = 0L;
        foreach (var report in stored)
        {
            var rendered = RenderedReport.From(storage.Renderer, report.Content!.Value, report.AgencyId, report.Year, null);
            bytes += rendered.Files.Sum(f => f.Content.Length);
        }

        parts.Add(($"parsing and rendering them ({bytes / 1024 / 1024} MB, one thread)", stopwatch.Elapsed.TotalSeconds));
        return parts;
    }

    /// <summary>Times the reads an unchanged regeneration is made of, one by one, to show where its time goes.</summary>
    private static async Task<List<(string Part, double Seconds)>> UnchangedPartsAsync(Storage storage, int parallelism)
    {
        var parts = new List<(string, double)>();
        var stopwatch = Stopwatch.StartNew();
        var manifest = await storage.Manifest.ReadAsync(CancellationToken.None).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The full regeneration saved no site manifest.");
        parts.Add(($"reading the site manifest ({manifest.Count} files)", stopwatch.Elapsed.TotalSeconds));
        stopwatch.Restart();
        var entries = await storage.Stores.Index.ListAsync(CancellationToken.None).ConfigureAwait(false);
        parts.Add(($"reading the reports table's summaries ({entries.Count} rows)", stopwatch.Elapsed.TotalSeconds));
        stopwatch.Restart();
        await storage.Pipeline(parallelism).IndexPages.RefreshAllAsync(entries, manifest, CancellationToken.None).ConfigureAwait(false);
        parts.Add(("settling the region summaries, rendering and comparing the listing pages", stopwatch.Elapsed.TotalSeconds));
        stopwatch.Restart();
        var listing = await storage.Site.ListVersionsAsync("", CancellationToken.None).ConfigureAwait(false);
        parts.Add(($"(not done: listing $web, {listing?.Count} blobs, as a verified run does)", stopwatch.Elapsed.TotalSeconds));
        return parts;
    }

    /// <summary>Where the floor's writes go.</summary>
    internal const string FloorContainer = "floor";

    /// <summary>The same number of writes of the same sizes and headers, straight to a fresh container with the SDK.</summary>
    internal static async Task<TimeSpan> FloorAsync(Storage storage, List<WrittenFile> files, int parallelism)
    {
        var container = storage.Clients.Blobs.GetBlobContainerClient(FloorContainer);
        await container.CreateIfNotExistsAsync().ConfigureAwait(false);
        var filler = new byte[files.Count == 0 ? 0 : files.Max(f => f.Length)];
        filler.AsSpan().Fill((byte)'x');
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            files,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            async (file, ct) =>
            {
                var content = BinaryData.FromBytes(filler.AsMemory(0, file.Length));
                var options = new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = file.ContentType, CacheControl = file.CacheControl },
                };
                await container.GetBlobClient(file.Path).UploadAsync(content, options, ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return stopwatch.Elapsed;
    }

    /// <summary>CPU seconds used by this process and by Azurite between <see cref="Start"/> and <see cref="Stop"/>.</summary>
    private sealed record CpuMeter(TimeSpan Self, TimeSpan Azurite)
    {
        public static CpuMeter Start() => new(Process.GetCurrentProcess().TotalProcessorTime, ProcessMemory.DescendantsCpu());

        public (double Self, double Azurite) Stop() =>
            ((Process.GetCurrentProcess().TotalProcessorTime - Self).TotalSeconds, (ProcessMemory.DescendantsCpu() - Azurite).TotalSeconds);
    }
}
