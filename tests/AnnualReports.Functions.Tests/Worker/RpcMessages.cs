namespace AnnualReports.Functions.Tests.Worker;

/// <summary>
/// The <c>StreamingMessage</c>s of the Functions host protocol (AzureFunctionsRpcMessages.FunctionRpc/EventStream)
/// that the test host sends and reads, by their field numbers in the public FunctionRpc.proto.
/// </summary>
public static class RpcMessages
{
    public const string EventStreamPath = "/AzureFunctionsRpcMessages.FunctionRpc/EventStream";

    // StreamingMessage: request_id = 1, then the "content" oneof.
    public const int RequestId = 1;
    public const int RpcLog = 2;
    public const int WorkerInitResponse = 16;
    public const int WorkerInitRequest = 17;
    public const int StartStream = 20;
    public const int FunctionsMetadataRequest = 29;
    public const int FunctionMetadataResponse = 30;

    /// <summary>StatusResult.status: Failure = 0, Success = 1, Cancelled = 2.</summary>
    public const ulong Success = 1;

    public static byte[] InitRequest(string requestId, string appDirectory) => new ProtoWriter()
        .String(RequestId, requestId)
        .Message(WorkerInitRequest, new ProtoWriter()
            .String(1, "4.1040.0.0")                            // host_version
            .MapEntry(2, "RpcHttpTriggerMetadataRemoved", "true") // capabilities
            .String(4, appDirectory)                            // worker_directory
            .String(5, appDirectory))                           // function_app_directory
        .ToArray();

    public static byte[] MetadataRequest(string requestId, string appDirectory) => new ProtoWriter()
        .String(RequestId, requestId)
        .Message(FunctionsMetadataRequest, new ProtoWriter().String(1, appDirectory)) // function_app_directory
        .ToArray();

    /// <summary>The payload field of a message (its "content"), and the message's request id.</summary>
    public static (int Content, ProtoField Payload, string RequestId) Open(byte[] message)
    {
        var fields = ProtoReader.Read(message);
        var requestId = fields.FirstOrDefault(f => f.Number == RequestId).Text ?? "";
        var payload = fields.First(f => f.Number != RequestId);
        return (payload.Number, payload, requestId);
    }

    /// <summary>StartStream.worker_id (field 2).</summary>
    public static string WorkerId(ProtoField startStream) => startStream.Fields.Single(f => f.Number == 2).Text;

    /// <summary>The status of a response's StatusResult (field <paramref name="resultField"/>, status = 4), with its message and exception.</summary>
    public static (ulong Status, string Detail) Result(ProtoField response, int resultField)
    {
        var result = response.Fields.SingleOrDefault(f => f.Number == resultField);
        if (result.Bytes.IsEmpty)
        {
            return (0, "(no result)");
        }

        var fields = result.Fields;
        var status = fields.FirstOrDefault(f => f.Number == 4).Varint;
        var text = string.Join(" | ", fields.Where(f => f.Number is 1 or 2).Select(f => f.Number == 2
            ? string.Join(" ", f.Fields.Where(e => e.Number is 2 or 1).Select(e => e.Text))
            : f.Text));
        return (status, text);
    }

    /// <summary>FunctionMetadataResponse.function_metadata_results (1) → RpcFunctionMetadata.name (4).</summary>
    public static IReadOnlyList<string> FunctionNames(ProtoField metadataResponse) =>
        [.. metadataResponse.Fields.Where(f => f.Number == 1).Select(f => f.Fields.Single(m => m.Number == 4).Text)];

    /// <summary>RpcLog.message (4), for showing what the worker said when a test fails.</summary>
    public static string LogText(ProtoField rpcLog) =>
        string.Join(" ", rpcLog.Fields.Where(f => f.Number is 4 or 6).Select(f => f.Number == 6
            ? string.Join(" ", f.Fields.Where(e => e.Number == 2).Select(e => e.Text))
            : f.Text));
}
