using System.Globalization;
using System.Text.Json;
using AnnualReports.Publishing;
using Microsoft.AspNetCore.Http;

namespace AnnualReports.Azure.Http;

/// <summary>
/// Binds the scope of <c>POST /api/regenerate</c> from a JSON body <c>{"agency": "…", "year": 2021, "verify": true}</c>
/// or the query <c>?agency=…&amp;year=2021&amp;verify=true</c>; nothing given means the whole site, trusting the site
/// manifest. Unreadable input becomes a scope the handler refuses.
/// </summary>
public static class RegenerationRequest
{
    public static async Task<RegenerationScope> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await JsonBodyAsync(request, cancellationToken).ConfigureAwait(false);
        var agency = body?.Agency ?? request.Query["agency"].FirstOrDefault();
        var yearText = body?.Year?.ToString(CultureInfo.InvariantCulture) ?? request.Query["year"].FirstOrDefault();
        var verify = body?.Verify ?? string.Equals(request.Query["verify"].FirstOrDefault(), "true", StringComparison.OrdinalIgnoreCase);
        var scope = (string.IsNullOrEmpty(agency) ? null : agency, yearText) switch
        {
            (var id, null or "") => new RegenerationScope(id),
            (var id, var text) when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) => new RegenerationScope(id, year),
            (var id, _) => new RegenerationScope(id ?? "", -1),
        };
        return scope with { Verify = verify };
    }

    private static async Task<Body?> JsonBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is 0 || !(request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return null;
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<Body>(request.Body, JsonSerializerOptions.Web, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return new Body("\u0000", null, null);
        }
    }

    private sealed record Body(string? Agency, int? Year, bool? Verify);
}
