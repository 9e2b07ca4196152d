using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;

namespace AnnualReports.Azure.IntegrationTests.Faults;

/// <summary>An error answer made up by the <see cref="StorageFaultInjector"/>, with the storage error code header and no body.</summary>
internal sealed class InjectedResponse(int status, string errorCode, string clientRequestId) : Response
{
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["x-ms-error-code"] = errorCode,
        ["x-ms-client-request-id"] = clientRequestId,
        ["Content-Length"] = "0",
    };

    public override int Status => status;

    /// <summary>
    /// An error, as the pipeline's transport would classify it: a response made up above the transport is never
    /// classified, and an unclassified 500 was taken for a success (not retried, its empty body parsed).
    /// </summary>
    public override bool IsError => true;

    public override string ReasonPhrase => $"Injected {errorCode}";

    public override Stream? ContentStream { get; set; } = new MemoryStream();

    public override string ClientRequestId { get; set; } = clientRequestId;

    public override void Dispose() => ContentStream?.Dispose();

    protected override bool ContainsHeader(string name) => _headers.ContainsKey(name);

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => _headers.Select(h => new HttpHeader(h.Key, h.Value));

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value) => _headers.TryGetValue(name, out value);

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        var found = _headers.TryGetValue(name, out var value);
        values = found ? [value!] : null;
        return found;
    }
}
