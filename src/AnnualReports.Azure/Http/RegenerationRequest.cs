using System.Globalization;
using System.Text.Json;
using AnnualReports.Publishing;
using Microsoft.AspNetCore.Http;

namespace AnnualReports.Azure.Http;

/// <summary>
/// Binds the scope of <c>POST /api/regenerate</c> from a JSON body <c>{"agency": "…", "year": 2021, "verify": true}</c>
/// or <c>{"region": "371000"}</c>, or the query <c>?agency=…&amp;year=2021&amp;verify=true</c> or <c>?region=…</c>; nothing given means the whole site, trusting the site
/// manifest. A body that is not such JSON is a problem the caller is told about, never taken for "the whole site".
/// </summary>
public static class RegenerationRequest
{
    /// <summary>The largest body read; a scope is a few dozen bytes.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    /// <summary>The scope asked for, or why the request cannot be read.</summary>
    public sealed record Bound(RegenerationScope Scope, string? Problem);

    public static async Task<Bound> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, problem) = await JsonBodyAsync(request, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return new Bound(RegenerationScope.All, problem);
        }

        var agency = body?.Agency ?? request.Query["agency"].FirstOrDefault();
        var yearText = body?.Year?.ToString(CultureInfo.InvariantCulture) ?? request.Query["year"].FirstOrDefault();
        var verify = body?.Verify ?? string.Equals(request.Query["verify"].FirstOrDefault(), "true", StringComparison.OrdinalIgnoreCase);
        var scope = (string.IsNullOrEmpty(agency) ? null : agency, yearText) switch
        {
            (var id, null or "") => new RegenerationScope(id),
            (var id, var text) when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) => new RegenerationScope(id, year),
            (var id, _) => new RegenerationScope(id ?? "", -1),
        };
        var region = body?.Region ?? request.Query["region"].FirstOrDefault();
        scope = scope with { Verify = verify, Region = string.IsNullOrEmpty(region) ? null : region };
        return new Bound(scope, scope.Problem);
    }

    private static async Task<(Body? Body, string? Problem)> JsonBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is 0)
        {
            return (null, null);
        }

        if (await BoundedBody.ReadAsync(request, MaxBodyBytes, cancellationToken).ConfigureAwait(false) is not { } bytes)
        {
            return (null, $"The body is larger than {MaxBodyBytes} bytes; send only {{\"agency\", \"year\", \"verify\"}}.");
        }

        if (IsBlank(bytes))
        {
            return (null, null);
        }

        try
        {
            var body = JsonSerializer.Deserialize<Body>(bytes, Options);
            return body is null ? (null, "The body is JSON null; send an object such as {\"agency\": \"…\", \"year\": 2021}.") : (body, null);
        }
        catch (JsonException e)
        {
            return (null, $"The body is not a JSON object of the form {{\"agency\": \"…\", \"year\": 2021, \"verify\": true}}: {e.Message}");
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private sealed record Body(string? Agency, int? Year, bool? Verify, string? Region);
}
