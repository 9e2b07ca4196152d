using System.Text.Json;
using Azure.Storage.Blobs;

namespace AnnualReports.Functions.Tests.Worker;

/// <summary>
/// The published worker, started as the Functions host starts it, against a host the test owns: it must open its
/// gRPC stream, initialise, and list every function. A worker that exits or throws first fails with its output.
/// </summary>
[Collection(UsesPublishedWorker.Name)]
public sealed class WorkerStartupTests(PublishedWorker worker)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>A well-formed connection string whose endpoint refuses connections (loopback discard port): telemetry code runs, nothing leaves the machine.</summary>
    private const string LoopbackTelemetry = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/;LiveEndpoint=http://127.0.0.1:9/";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ThePublishedWorkerConnectsToItsHostAndListsEveryFunction(bool telemetry)
    {
        await using var host = await FakeFunctionsHost.StartAsync();
        using var process = WorkerProcess.Start(worker, host.Address, new Dictionary<string, string?>
        {
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = telemetry ? LoopbackTelemetry : null,
        });

        var stream = await Within(host.Connected, process, "open its gRPC stream to the host");
        var start = await Within(stream.ReceiveAsync(RpcMessages.StartStream, CancellationToken.None), process, "send StartStream");
        Assert.Equal("HTTP/2", stream.Protocol);
        Assert.Equal(process.WorkerId, RpcMessages.WorkerId(start));

        await stream.SendAsync(RpcMessages.InitRequest("init-1", worker.Folder), CancellationToken.None);
        var init = await Within(stream.ReceiveAsync(RpcMessages.WorkerInitResponse, CancellationToken.None), process, "answer WorkerInitRequest");
        var (initStatus, initDetail) = RpcMessages.Result(init, resultField: 3);
        Assert.True(initStatus == RpcMessages.Success, $"Worker init failed: {initDetail}\n{process.Output}");

        await stream.SendAsync(RpcMessages.MetadataRequest("metadata-1", worker.Folder), CancellationToken.None);
        var metadata = await Within(stream.ReceiveAsync(RpcMessages.FunctionMetadataResponse, CancellationToken.None), process, "list its functions");
        var (metadataStatus, metadataDetail) = RpcMessages.Result(metadata, resultField: 2);
        Assert.True(metadataStatus == RpcMessages.Success, $"Listing functions failed: {metadataDetail}\n{process.Output}");
        Assert.Equal(PublishedFunctionNames(), RpcMessages.FunctionNames(metadata).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheStartedWorkerCreatesTheStorageItPublishesTo()
    {
        var incoming = "incoming-" + Guid.NewGuid().ToString("N")[..10];
        await using var host = await FakeFunctionsHost.StartAsync();
        using var process = WorkerProcess.Start(worker, host.Address, new Dictionary<string, string?>
        {
            ["AnnualReports__IncomingContainer"] = incoming,
        });
        await Within(host.Connected, process, "open its gRPC stream to the host");
        var container = new BlobServiceClient(worker.StorageConnectionString).GetBlobContainerClient(incoming);

        var deadline = DateTimeOffset.UtcNow + Patience;
        while (!(await container.ExistsAsync()).Value)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"The worker did not create container '{incoming}'.\n{process.Output}");
            Assert.True(process.ExitCode is null, $"The worker exited ({process.ExitCode}).\n{process.Output}");
            await Task.Delay(200);
        }
    }

    /// <summary>The functions the Worker SDK wrote into the published <c>functions.metadata</c>.</summary>
    private IEnumerable<string> PublishedFunctionNames()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(worker.Folder, "functions.metadata")));
        return [.. document.RootElement.EnumerateArray().Select(f => f.GetProperty("name").GetString()!).Order(StringComparer.Ordinal)];
    }

    /// <summary>The task's result, or a failure naming the step and showing the worker's output if it exits or takes too long first.</summary>
    private static async Task<T> Within<T>(Task<T> step, WorkerProcess process, string what)
    {
        var finished = await Task.WhenAny(step, process.Exited, Task.Delay(Patience));
        if (finished == step)
        {
            return await step;
        }

        var why = finished == process.Exited ? $"exited with code {process.ExitCode}" : $"did not within {Patience.TotalSeconds} s";
        Assert.Fail($"The worker was to {what} but {why}. Its output:\n{process.Output}");
        throw new InvalidOperationException("unreachable");
    }
}
