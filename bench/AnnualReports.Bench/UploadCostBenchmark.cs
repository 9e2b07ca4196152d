using System.Diagnostics;
using AnnualReports.Parsing;
using AnnualReports.Publishing;
using AnnualReports.Regions;
using AnnualReports.Reports;
using AnnualReports.TestKit;

namespace AnnualReports.Bench;

/// <summary>
/// What one upload costs on sites of growing size: N agencies × 10 years already published (reports table and
/// region summaries seeded through the ports, agencies 50 to a county in code order), then uploads of next year's
/// report of agencies in the first county through the production path, <see cref="UploadProcessor.ProcessAsync"/>.
/// Figures are medians; each site gets a fresh Azurite.
/// </summary>
internal static class UploadCostBenchmark
{
    private const int Years = 10;
    private const int AgenciesPerCounty = 50;
    private const int MeasuredUploads = 5;
    private const int WarmUpUploads = 3;
    private const int SeedParallelism = 16;
    private const double GrowthTarget = 1.2;
    internal const double PageKilobytesTarget = 200;
    private const double PeakMegabytesTarget = 512;

    public static async Task RunAsync(ResultTable table, IReadOnlyList<int> reportCounts)
    {
        var figures = new List<Figures>();
        foreach (var reports in reportCounts)
        {
            figures.Add(await MeasureAsync(table, Math.Max(AgenciesPerCounty + WarmUpUploads, reports / Years)).ConfigureAwait(false));
        }

        var (smallest, largest) = (figures[0], figures[^1]);
        var section = $"upload cost {largest.Reports} / {smallest.Reports}";
        table.Add(section, "time per upload", largest.Milliseconds / smallest.Milliseconds, "×", GrowthTarget, lowerIsBetter: true);
        table.Add(section, "table entities read per upload", (double)largest.EntitiesRead / smallest.EntitiesRead, "×", GrowthTarget, lowerIsBetter: true);
        table.Add(section, "bytes written to $web per upload", (double)largest.BytesWritten / smallest.BytesWritten, "×", GrowthTarget, lowerIsBetter: true);
    }

    private static async Task<Figures> MeasureAsync(ResultTable table, int agencies)
    {
        await using var storage = await Storage.StartAsync().ConfigureAwait(false);
        var counties = Divisions.Embedded.ChildrenOf(Divisions.National)
            .SelectMany(p => Descendants(p.Code))
            .Where(d => d.Level == DivisionLevel.County)
            .ToList();
        var uploaders = Enumerable.Range(1, MeasuredUploads).Concat(Enumerable.Range(AgenciesPerCounty + 1, WarmUpUploads)).ToHashSet();

        var seeding = Stopwatch.StartNew();
        var (reports, nextYear) = await SeedAsync(storage, agencies, counties, uploaders).ConfigureAwait(false);
        var section = $"upload @ {reports} reports";
        Console.WriteLine($"Seeded {reports} reports of {agencies} agencies with their region summaries in {seeding.Elapsed.TotalSeconds:0.0} s");
        GC.Collect();

        var index = new CountingReportIndex(storage.Stores.Index);
        var summaries = new CountingSummaryStore(storage.Stores.Summaries);
        var pipeline = new PublishingPipeline(storage.Stores with { Index = index, Summaries = summaries }, storage.Manifest, storage.Renderer);
        var incoming = storage.Clients.Blobs.GetBlobContainerClient(storage.Options.IncomingContainer);

        async Task<(double Ms, int Read, long Bytes, int Files, int LargestPage)> UploadAsync(AnnualReport report)
        {
            var name = $"{report.Metadata.Agency.Id}/{report.Metadata.Year}.json";
            await incoming.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(CanonicalJson.WriteUtf8(report)), overwrite: true).ConfigureAwait(false);
            index.Reset();
            summaries.Reset();
            storage.Site.Reset();
            var stopwatch = Stopwatch.StartNew();
            var outcome = await pipeline.Processor.ProcessAsync(name, CancellationToken.None).ConfigureAwait(false);
            stopwatch.Stop();
            if (outcome is not UploadOutcome.Accepted)
            {
                throw new InvalidOperationException($"Upload {name} was not accepted: {outcome}");
            }

            var written = storage.Site.Written.ToList();
            var pages = written.Where(w => w.ContentType.StartsWith("text/html", StringComparison.Ordinal)).ToList();
            return (stopwatch.Elapsed.TotalMilliseconds, index.EntitiesRead + summaries.RowsRead, written.Sum(w => (long)w.Length), written.Count,
                pages.Count == 0 ? 0 : pages.Max(p => p.Length));
        }

        foreach (var n in Enumerable.Range(AgenciesPerCounty + 1, WarmUpUploads))
        {
            await UploadAsync(nextYear[n]).ConfigureAwait(false);
        }

        ProcessMemory.TryResetPeak();
        var measured = new List<(double Ms, int Read, long Bytes, int Files, int LargestPage)>();
        foreach (var n in Enumerable.Range(1, MeasuredUploads))
        {
            measured.Add(await UploadAsync(nextYear[n]).ConfigureAwait(false));
        }

        var peak = ProcessMemory.PeakBytes();
        var figures = new Figures(
            reports,
            Median(measured.Select(m => m.Ms)),
            (int)Median(measured.Select(m => (double)m.Read)),
            (long)Median(measured.Select(m => (double)m.Bytes)));
        Console.WriteLine($"{section}: {string.Join("; ", measured.Select(m => $"{m.Ms:0} ms, {m.Read} read, {m.Bytes} B in {m.Files} files"))}");
        table.Add(section, $"time per upload (median of {MeasuredUploads})", figures.Milliseconds, "ms", null, lowerIsBetter: true);
        table.Add(section, "table entities read per upload (reports + summaries)", figures.EntitiesRead, "", null, lowerIsBetter: true);
        table.Add(section, "bytes written to $web per upload", figures.BytesWritten / 1024.0, "KB", null, lowerIsBetter: true);
        table.Add(section, "files written per upload", Median(measured.Select(m => (double)m.Files)), "", null, lowerIsBetter: true);
        table.Add(section, "largest page written", measured.Max(m => m.LargestPage) / 1024.0, "KB", PageKilobytesTarget, lowerIsBetter: true);
        if (peak > 0)
        {
            table.Add(section, "peak working set of this process during the uploads", peak / 1024.0 / 1024.0, "MB", PeakMegabytesTarget, lowerIsBetter: true);
        }

        return figures;
    }

    /// <summary>Seeds the reports table and the region summaries as published uploads would have left them; answers the held-back next-year reports.</summary>
    private static async Task<(int Reports, Dictionary<int, AnnualReport> NextYear)> SeedAsync(
        Storage storage, int agencies, List<Division> counties, HashSet<int> uploaders)
    {
        var rng = new Random(SyntheticReports.Seed);
        var nextYear = new Dictionary<int, AnnualReport>();
        var summaries = new List<ReportSummary>(agencies * Years);
        var entries = new List<(IndexedReport Entry, byte[] Canonical)>(agencies * Years);
        for (var n = 1; n <= agencies; n++)
        {
            var county = counties[(n - 1) / AgenciesPerCounty % counties.Count];
            var chain = SyntheticReports.Agency(rng, n, Years + 1)
                .Select(r => r with { Metadata = r.Metadata with { Agency = r.Metadata.Agency with { Region = Divisions.Embedded.FullName(county.Code), RegionCode = county.Code } } })
                .ToList();
            if (uploaders.Contains(n))
            {
                nextYear[n] = chain[^1];
            }

            foreach (var report in chain.Take(Years))
            {
                var canonical = CanonicalJson.WriteUtf8(report);
                var uploadedAt = new DateTimeOffset(report.Metadata.PublishDate!.Value.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
                var summary = ReportSummary.From(report, uploadedAt.AddHours(1), 0, ContentHash.Of(canonical));
                summaries.Add(summary);
                entries.Add((new IndexedReport(summary, ReportStatus.Published, $"{n}/{report.Metadata.Year}.json", "\"seed\"", uploadedAt, ValueList<FindingDigest>.Empty), canonical));
            }
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = SeedParallelism };
        await Parallel.ForEachAsync(entries, options, async (e, ct) =>
            await storage.Stores.Index.SaveAsync(e.Entry, e.Canonical, null, ct).ConfigureAwait(false)).ConfigureAwait(false);

        var listings = RegionTree.Listings(summaries.GroupBy(s => s.AgencyId).Select(g => AgencyListing.From(g)!), Divisions.Embedded);
        var rows = listings.Values.SelectMany(l =>
                l.Agencies.Select(a => (l.Code, Key: SummaryRows.AgencyKey(a.AgencyId), Json: SummaryRows.Write(a)))
                    .Concat(l.Children.Select(c => (l.Code, Key: SummaryRows.ChildKey(c.Code), Json: SummaryRows.Write(c))))
                    .Append((SummaryRows.SitemapPartition, Key: l.Code, Json: SummaryRows.WriteShardCount(1))))
            .Concat(summaries.OrderByDescending(s => s.PublishedAt).Take(SiteLimits.Default.FeedEntries)
                .Select(s => (SummaryRows.FeedPartition, Key: SummaryRows.FeedKey(s.AgencyId, s.Year, s.PublishedAt), Json: SummaryRows.Write(s))));
        await Parallel.ForEachAsync(rows, options, async (row, ct) =>
            await storage.Stores.Summaries.WriteAsync(row.Item1, row.Key, row.Json, null, ct).ConfigureAwait(false)).ConfigureAwait(false);
        return (entries.Count, nextYear);
    }

    private static IEnumerable<Division> Descendants(string code) =>
        Divisions.Embedded.ChildrenOf(code).SelectMany(d => Descendants(d.Code).Prepend(d));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed record Figures(int Reports, double Milliseconds, int EntitiesRead, long BytesWritten);
}
