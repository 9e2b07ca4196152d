using System.Collections.Concurrent;
using System.Diagnostics;
using AnnualReports.Azure.Blobs;
using AnnualReports.Publishing;
using AnnualReports.Rendering;
using AnnualReports.TestKit;
using Azure.Core;

namespace AnnualReports.Azure.IntegrationTests.Faults;

/// <param name="Uploads">How many uploads the sequence holds.</param>
/// <param name="FaultRate">The share of storage requests that fail (0 for the reference run).</param>
/// <param name="Seed">Chooses the sequence; the faults use a seed of their own derived from it.</param>
/// <param name="SdkRetries">The SDK's retries per request in this run: few, so that faults reach the pipeline.</param>
/// <param name="MaxDeliveries">How often an event is delivered before it counts as lost (Event Grid: 30).</param>
/// <param name="Progress">Told how far the run is now and then (the bench prints it).</param>
public sealed record FaultRunSettings(
    int Uploads, double FaultRate, int Seed, int SdkRetries = 1, int MaxDeliveries = 30, int Instances = 2, Action<string>? Progress = null);

/// <summary>What a run did and what it left.</summary>
public sealed record FaultRunResult(
    SiteSnapshot Snapshot,
    int Uploads,
    int Steps,
    long Requests,
    long FaultsInjected,
    IReadOnlyDictionary<StorageFault, long> FaultsByKind,
    int Deliveries,
    int FailedDeliveries,
    int DuplicateDeliveries,
    IReadOnlyList<string> LostEvents,
    int RegenerationAttempts,
    IReadOnlyDictionary<string, int> Outcomes,
    TimeSpan Elapsed);

/// <summary>
/// Plays an <see cref="UploadSequence"/> through the real pipeline on Azurite as Event Grid would: each upload's event
/// delivered to one of several instances, redelivered while processing fails, some delivered twice (at least once),
/// stale duplicates of earlier events arriving later; then a whole-site regeneration, repeated until it reports no
/// failure. The storage clients of the pipeline carry the <see cref="StorageFaultInjector"/>; the offices' uploads and
/// the final snapshot use clients without it.
/// </summary>
public static class FaultRun
{
    /// <summary>The instant the runs' clock reads, so runs are comparable byte for byte.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public static async Task<FaultRunResult> RunAsync(string connectionString, StorageOptions options, FaultRunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var stopwatch = Stopwatch.StartNew();
        var clean = StorageClients.FromConnectionString(connectionString);
        await new StorageProvisioner(clean, options).EnsureCreatedAsync(CancellationToken.None);
        var injector = new StorageFaultInjector(settings.FaultRate, settings.Seed * 7919 + 1);
        var faulty = StorageClients.FromConnectionString(connectionString, o =>
        {
            o.Retry.MaxRetries = settings.SdkRetries;
            o.Retry.Delay = TimeSpan.FromMilliseconds(5);
            o.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
            injector.AddTo(o);
        });
        var clock = new FixedClock(Start);
        var renderer = new SiteRenderer(SiteOptions.Local);
        var instances = Enumerable.Range(0, settings.Instances)
            .Select(_ => new PublishingPipeline(
                StorageServiceCollectionExtensions.CreateStores(faulty, options),
                new BlobSiteManifestStore(faulty.Blobs.GetBlobContainerClient(options.ArchiveContainer)),
                renderer,
                time: clock))
            .ToArray();
        var incoming = clean.Blobs.GetBlobContainerClient(options.IncomingContainer);
        var steps = UploadSequence.Build(settings.Uploads, settings.Seed);
        var delivery = new Delivery(instances, settings.MaxDeliveries, settings.Seed);

        var delivered = new List<string>();
        foreach (var step in steps)
        {
            foreach (var upload in step)
            {
                await incoming.GetBlobClient(upload.Name).UploadAsync(BinaryData.FromBytes(upload.Content), overwrite: true);
            }

            await delivery.DeliverAsync([.. step.Select(u => u.Name)]);
            var before = delivered.Count;
            delivered.AddRange(step.Select(u => u.Name));
            await delivery.DeliverStaleDuplicatesAsync(delivered);
            if (settings.Progress is { } progress && delivered.Count / 50 > before / 50)
            {
                progress($"{delivered.Count} uploads delivered, {injector.Injected} faults injected, {stopwatch.Elapsed.TotalSeconds:F0} s");
            }
        }

        // The whole-site regeneration meets the same faults but with the SDK's retries as deployed (5): a run makes
        // thousands of requests since regions came, and with the deliveries' single retry no attempt would get through.
        var regenerating = StorageClients.FromConnectionString(connectionString, o =>
        {
            o.Retry.MaxRetries = 5;
            o.Retry.Delay = TimeSpan.FromMilliseconds(5);
            o.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
            injector.AddTo(o);
        });
        var regenerator = new PublishingPipeline(
            StorageServiceCollectionExtensions.CreateStores(regenerating, options),
            new BlobSiteManifestStore(regenerating.Blobs.GetBlobContainerClient(options.ArchiveContainer)),
            renderer,
            time: clock).Regenerator;
        var regenerations = await RegenerateUntilCleanAsync(regenerator, settings.MaxDeliveries);

        injector.Enabled = false;
        var snapshot = await SiteSnapshot.ReadAsync(clean, options, SiteOptions.Local);
        return new FaultRunResult(
            snapshot,
            steps.Sum(s => s.Count),
            steps.Count,
            injector.Requests,
            injector.Injected,
            injector.Counts,
            delivery.Deliveries,
            delivery.Failures,
            delivery.Duplicates,
            [.. delivery.Lost],
            regenerations,
            delivery.Outcomes.ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal),
            stopwatch.Elapsed);
    }

    /// <summary>A whole-site regeneration, run again (as an operator would) until it throws nothing and reports no failure.</summary>
    private static async Task<int> RegenerateUntilCleanAsync(SiteRegenerator regenerator, int maxAttempts)
    {
        var lastProblem = "";
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            try
            {
                var summary = await regenerator.RegenerateAsync(RegenerationScope.All, CancellationToken.None);
                if (summary.Failed.Count == 0)
                {
                    return attempt;
                }

                lastProblem = string.Join("; ", summary.Failed.Select(f => $"{f.Report}: {f.Reason}"));
            }
            catch (Exception e) when (IsStorageFault(e))
            {
                lastProblem = e.ToString();
            }
        }

        throw new InvalidOperationException($"The whole-site regeneration still failed after {maxAttempts} attempts. The last: {lastProblem}");
    }

    /// <summary>What a storage fault can surface as once the SDK's retries are used up.</summary>
    public static bool IsStorageFault(Exception e) =>
        e is global::Azure.RequestFailedException or IOException or TaskCanceledException or AggregateException
        || e.InnerException is { } inner && IsStorageFault(inner);

    /// <summary>Event Grid's side: deliveries to instances, redeliveries, duplicates.</summary>
    private sealed class Delivery(PublishingPipeline[] instances, int maxDeliveries, int seed)
    {
#pragma warning disable CA5394 // Choices of a test, not security.
        private readonly Random _random = new(seed * 31 + 7);
        private int _deliveries;
        private int _failures;
        private int _duplicates;
        private int _next;

        public int Deliveries => _deliveries;

        public int Failures => _failures;

        public int Duplicates => _duplicates;

        public ConcurrentBag<string> Lost { get; } = [];

        public ConcurrentDictionary<string, int> Outcomes { get; } = new(StringComparer.Ordinal);

        /// <summary>The events of one step, processed concurrently, each redelivered until it succeeds; one in ten twice.</summary>
        public async Task DeliverAsync(IReadOnlyList<string> names)
        {
            var events = names.SelectMany(n => _random.Next(10) == 0 ? new[] { n, n } : [n]).ToList();
            _duplicates += events.Count - names.Count;
            await Parallel.ForEachAsync(events, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (name, _) => await DeliverOneAsync(name));
        }

        /// <summary>Now and then an old event arrives again, long after it was handled.</summary>
        public async Task DeliverStaleDuplicatesAsync(List<string> delivered)
        {
            if (_random.Next(5) == 0)
            {
                _duplicates++;
                await DeliverOneAsync(delivered[_random.Next(delivered.Count)]);
            }
        }

        private async Task DeliverOneAsync(string name)
        {
            for (var attempt = 1; attempt <= maxDeliveries; attempt++)
            {
                Interlocked.Increment(ref _deliveries);
                var instance = instances[(Interlocked.Increment(ref _next) & int.MaxValue) % instances.Length];
                try
                {
                    var outcome = await instance.Processor.ProcessAsync(name, CancellationToken.None);
                    Outcomes.AddOrUpdate(outcome.GetType().Name, 1, (_, n) => n + 1);
                    return;
                }
                catch (Exception)
                {
                    // Any failure of the function makes Event Grid deliver the event again.
                    Interlocked.Increment(ref _failures);
                }
            }

            Lost.Add(name);
        }
#pragma warning restore CA5394
    }
}
