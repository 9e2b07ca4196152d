using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Functions.Tests.Worker;

/// <summary>
/// Stands where the Functions host stands: a gRPC (HTTP/2 without TLS) listener on a free loopback port that accepts
/// the worker's <c>EventStream</c> call and lets a test read and send <c>StreamingMessage</c>s on it.
/// </summary>
public sealed class FakeFunctionsHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource<WorkerChannel> _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();

    private FakeFunctionsHost(WebApplication app) => _app = app;

    public Uri Address => new(_app.Urls.First());

    public int Port => Address.Port;

    /// <summary>Completes when a worker opens its event stream.</summary>
    public Task<WorkerChannel> Connected => _connected.Task;

    public static async Task<FakeFunctionsHost> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        var app = builder.Build();
        var host = new FakeFunctionsHost(app);
        app.MapPost(RpcMessages.EventStreamPath, host.ServeAsync);
        await app.StartAsync().ConfigureAwait(false);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task ServeAsync(HttpContext context)
    {
        context.Response.ContentType = "application/grpc";
        await context.Response.StartAsync(context.RequestAborted).ConfigureAwait(false);
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        var stream = new WorkerChannel(context.Request.BodyReader, context.Response.BodyWriter, context.Request.Protocol);
        var reading = stream.ReadAllAsync(ended.Token);
        _connected.TrySetResult(stream);
        try
        {
            await reading.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        context.Response.AppendTrailer("grpc-status", "0");
    }
}

/// <summary>The worker's side of one event stream: messages in arrival order, and a way to send to the worker (one sender at a time).</summary>
public sealed class WorkerChannel(PipeReader fromWorker, PipeWriter toWorker, string protocol)
{
    private readonly Channel<byte[]> _received = Channel.CreateUnbounded<byte[]>();
    
    /// <summary>The HTTP protocol the worker connected with (<c>HTTP/2</c>).</summary>
    public string Protocol { get; } = protocol;

    /// <summary>What the worker logged over the stream, for failure messages.</summary>
    public List<string> Logs { get; } = [];

    public async Task SendAsync(byte[] message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var frame = new byte[5 + message.Length];
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1), message.Length);
        message.CopyTo(frame, 5);
        await toWorker.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
        await toWorker.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The next message whose content is <paramref name="content"/>; logs on the way are kept in <see cref="Logs"/>.</summary>
    public async Task<ProtoField> ReceiveAsync(int content, CancellationToken cancellationToken)
    {
        while (true)
        {
            var message = await _received.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var (kind, payload, _) = RpcMessages.Open(message);
            if (kind == RpcMessages.RpcLog)
            {
                lock (Logs)
                {
                    Logs.Add(RpcMessages.LogText(payload));
                }
            }

            if (kind == content)
            {
                return payload;
            }
        }
    }

    internal async Task ReadAllAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await fromWorker.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            while (TryReadFrame(ref buffer, out var message))
            {
                await _received.Writer.WriteAsync(message, cancellationToken).ConfigureAwait(false);
            }

            fromWorker.AdvanceTo(buffer.Start, buffer.End);
            if (read.IsCompleted)
            {
                _received.Writer.TryComplete();
                return;
            }
        }
    }

    private static bool TryReadFrame(ref ReadOnlySequence<byte> buffer, out byte[] message)
    {
        message = [];
        if (buffer.Length < 5)
        {
            return false;
        }

        Span<byte> header = stackalloc byte[5];
        buffer.Slice(0, 5).CopyTo(header);
        var length = BinaryPrimitives.ReadInt32BigEndian(header[1..]);
        if (buffer.Length < 5 + length)
        {
            return false;
        }

        message = buffer.Slice(5, length).ToArray();
        buffer = buffer.Slice(5 + length);
        return true;
    }
}
