using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using AnnualReports.Azure;
using AnnualReports.Azure.Blobs;
using AnnualReports.Azure.Queues;
using AnnualReports.Azure.Tables;
using AnnualReports.Regeneration;
using AnnualReports.Rendering;
using AnnualReports.TestKit;

namespace AnnualReports.Bench;

/// <summary>
/// One queue consumer in a process of its own: this program started as <c>queue-consumer --connection … --run … --title …</c>
/// runs <see cref="RegenerationQueueConsumer"/> until the run is complete, then prints its own peak working set and CPU time.
/// </summary>
internal sealed class QueueConsumerProcess
{
    private const string ReadyLine = "ready";
    private const string PeakPrefix = "peak-bytes ";
    private static readonly TimeSpan EmptyQueuePause = TimeSpan.FromMilliseconds(200);

    private readonly Process process;
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long peakBytes;
    private double cpuSeconds;

    private QueueConsumerProcess(Process process) => this.process = process;

    public double CpuSeconds => cpuSeconds;

    /// <summary>Starts this program again as a consumer of <paramref name="runId"/>, rendering with <paramref name="title"/>.</summary>
    /// <param name="heapLimitMb">
    /// A hard limit on the consumer's GC heap (<c>DOTNET_GCHeapHardLimit</c>), or 0 for none: a run that completes under
    /// it shows what a consumer needs, which its peak working set (the GC keeps what it may) does not.
    /// </param>
    public static QueueConsumerProcess Start(string connectionString, string runId, string title, int heapLimitMb)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown.");
        var info = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (heapLimitMb > 0)
        {
            info.Environment["DOTNET_GCHeapHardLimit"] = "0x" + (heapLimitMb * 1024L * 1024L).ToString("X", CultureInfo.InvariantCulture);
        }

        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            info.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        foreach (var argument in new[] { "queue-consumer", "--connection", connectionString, "--run", runId, "--title", title })
        {
            info.ArgumentList.Add(argument);
        }

        var consumer = new QueueConsumerProcess(Process.Start(info) ?? throw new InvalidOperationException("The consumer process did not start."));
        consumer.process.OutputDataReceived += (_, e) => consumer.Read(e.Data);
        consumer.process.BeginOutputReadLine();
        return consumer;
    }

    public Task WaitReadyAsync() => ready.Task.WaitAsync(TimeSpan.FromMinutes(2));

    /// <summary>Waits for the consumer to finish; its peak working set in bytes.</summary>
    public async Task<long> WaitExitAsync()
    {
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"A consumer process exited with code {process.ExitCode}.");
        }

        process.Dispose();
        return peakBytes;
    }

    private void Read(string? line)
    {
        if (line == ReadyLine)
        {
            ready.TrySetResult();
        }
        else if (line is not null && line.StartsWith(PeakPrefix, StringComparison.Ordinal))
        {
            var parts = line[PeakPrefix.Length..].Split(' ');
            peakBytes = long.Parse(parts[0], CultureInfo.InvariantCulture);
            cpuSeconds = double.Parse(parts[1], CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The consumer side: wires the batch handler on the account as the Functions app does, with a changed title.</summary>
    public static async Task<int> RunAsync(string connectionString, string runId, string title)
    {
        var clients = StorageClients.FromConnectionString(connectionString);
        var options = new StorageOptions();
        var stores = StorageServiceCollectionExtensions.CreateStores(clients, options);
        var manifest = new BlobSiteManifestStore(clients.Blobs.GetBlobContainerClient(options.ArchiveContainer));
        // Scratch in temporary files, as the Functions app is wired (the TestKit's default keeps it in memory).
        var pipeline = new PublishingPipeline(stores, manifest, new SiteRenderer(SiteOptions.Local with { SiteTitle = title }), scratch: new TempFileScratchStreams());
        var runs = new TableRegenerationRuns(clients.Tables.GetTableClient(options.RegenerationsTable));
        var queues = RegenerationQueues.FromService(RegenerationQueues.ServiceFromConnectionString(connectionString), options.RegenerationQueue);
        var handler = new RegenerationBatchHandler(
            pipeline.Regenerator, pipeline.IndexPages, runs, pipeline.OpenData, pipeline.RegionData, TimeProvider.System,
            new StderrLogger<RegenerationBatchHandler>());
        var consumer = new RegenerationQueueConsumer(
            queues, new BatchMessageHandler(handler, new StderrLogger<BatchMessageHandler>()), new StderrLogger<RegenerationQueueConsumer>());
        Console.WriteLine(ReadyLine);
        while (true)
        {
            if (await consumer.ReceiveOnceAsync(CancellationToken.None).ConfigureAwait(false) == 0)
            {
                if (await runs.GetAsync(runId, CancellationToken.None).ConfigureAwait(false) is { Complete: true })
                {
                    break;
                }

                await Task.Delay(EmptyQueuePause).ConfigureAwait(false);
            }
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{PeakPrefix}{ProcessMemory.PeakBytes()} {cpu:0.000}"));
        return 0;
    }
}
