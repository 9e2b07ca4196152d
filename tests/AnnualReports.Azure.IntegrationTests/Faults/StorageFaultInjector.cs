using Azure.Core;
using Azure.Core.Pipeline;

namespace AnnualReports.Azure.IntegrationTests.Faults;

/// <summary>
/// A test-only Azure SDK pipeline policy that fails a chosen share of storage requests, at random: 500 or 503 before
/// the request reaches the service, 500 after the service applied it (the answer lost), timeouts and connection resets
/// before or after sending, and bursts of 412 on conditional writes (as if other instances kept writing first).
/// Added per retry, so the SDK's own retries see the faults too; whatever they do not absorb reaches the pipeline.
/// </summary>
public sealed class StorageFaultInjector : HttpPipelinePolicy
{
    private readonly Random _random;
    private readonly Lock _lock = new();
    private readonly long[] _counts = new long[Enum.GetValues<StorageFault>().Length];
    private int _burstLeft;
    private long _requests;

    /// <param name="rate">The share of requests that fail (0 to 1).</param>
    /// <param name="seed">Makes the choice of faults repeatable for one order of requests.</param>
    public StorageFaultInjector(double rate, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rate);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rate, 1);
        Rate = rate;
#pragma warning disable CA5394 // Faults for a test, not security.
        _random = new Random(seed);
#pragma warning restore CA5394
    }

    public double Rate { get; }

    /// <summary>Which requests may fail (all when <c>null</c>): a test takes one container down, say.</summary>
    public Func<Request, bool>? Targets { get; init; }

    /// <summary>Faults are injected only while this is on (the test's own setup and checks run without faults).</summary>
    public bool Enabled { get; set; } = true;

    public long Requests => Interlocked.Read(ref _requests);

    public long Injected => _counts.Sum();

    public long Count(StorageFault fault) => Interlocked.Read(ref _counts[(int)fault]);

    public IReadOnlyDictionary<StorageFault, long> Counts => Enum.GetValues<StorageFault>().ToDictionary(f => f, Count);

    /// <summary>Adds this injector to a client's options, per retry.</summary>
    public void AddTo(ClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(this, HttpPipelinePosition.PerRetry);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Enabled || (Targets is { } targets && !targets(message.Request)))
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
            return;
        }

        Interlocked.Increment(ref _requests);
        var fault = Choose(message.Request);
        if (fault is { } chosen)
        {
            Interlocked.Increment(ref _counts[(int)chosen]);
        }

        switch (fault)
        {
            case null:
                await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
                break;
            case StorageFault.ServerErrorBeforeSending:
                message.Response = new InjectedResponse(500, "InternalError", message.Request.ClientRequestId);
                break;
            case StorageFault.ServiceUnavailable:
                message.Response = new InjectedResponse(503, "ServerBusy", message.Request.ClientRequestId);
                break;
            case StorageFault.ConnectionResetBeforeSending:
                throw new IOException("Injected fault: the connection was reset before the request was sent.");
            case StorageFault.ServerErrorAfterApplying:
                await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
                message.Response.Dispose();
                message.Response = new InjectedResponse(500, "InternalError", message.Request.ClientRequestId);
                break;
            case StorageFault.TimeoutAfterSending:
                await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
                throw new TaskCanceledException("Injected fault: the answer did not arrive within the network timeout.");
            case StorageFault.ConnectionResetAfterSending:
                await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
                throw new IOException("Injected fault: the connection was reset while the answer was read.");
            case StorageFault.PreconditionFailed:
                message.Response = new InjectedResponse(412, "ConditionNotMet", message.Request.ClientRequestId);
                break;
        }
    }

    private StorageFault? Choose(Request request)
    {
        var conditionalWrite = IsConditionalWrite(request);
        lock (_lock)
        {
            if (conditionalWrite && _burstLeft > 0)
            {
                _burstLeft--;
                return StorageFault.PreconditionFailed;
            }

#pragma warning disable CA5394 // Faults for a test, not security.
            if (_random.NextDouble() >= Rate)
            {
                return null;
            }

            var pick = _random.Next(conditionalWrite ? 7 : 6);
            if (pick == (int)StorageFault.PreconditionFailed)
            {
                _burstLeft = _random.Next(1, 4);
                return StorageFault.PreconditionFailed;
            }
#pragma warning restore CA5394

            return (StorageFault)pick;
        }
    }

    private static bool IsConditionalWrite(Request request) =>
        request.Method != RequestMethod.Get && request.Method != RequestMethod.Head
        && (request.Headers.Contains("If-Match") || request.Headers.Contains("If-None-Match"));
}

/// <summary>The kinds of fault the injector produces; all but the last can hit any request.</summary>
public enum StorageFault
{
    ServerErrorBeforeSending,
    ServiceUnavailable,
    ConnectionResetBeforeSending,
    ServerErrorAfterApplying,
    TimeoutAfterSending,
    ConnectionResetAfterSending,

    /// <summary>A conditional write answered 412, then 0 to 2 more conditional writes in a row.</summary>
    PreconditionFailed,
}
