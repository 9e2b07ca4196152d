using AnnualReports.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace AnnualReports.Azure.Http;

/// <summary>The HTTP API as ASP.NET Core minimal API endpoints, on the routes the Functions app uses (under <c>/api</c>).</summary>
public static class ReportsApiRoutes
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/regenerate", async (HttpRequest request, [FromServices] SiteRegenerator regenerator, CancellationToken cancellationToken) =>
            (await ReportsApi.RegenerateAsync(request, regenerator, cancellationToken).ConfigureAwait(false)).ToHttpResult());
        endpoints.MapPost("/api/validate", async (HttpRequest request, [FromServices] DryRunValidator validator, CancellationToken cancellationToken) =>
            (await ReportsApi.ValidateAsync(request, validator, cancellationToken).ConfigureAwait(false)).ToHttpResult());
        endpoints.MapGet("/api/uploads/{*name}", async (string name, [FromServices] UploadStatusQuery query, CancellationToken cancellationToken) =>
            (await ReportsApi.UploadStatusAsync(name, query, cancellationToken).ConfigureAwait(false)).ToHttpResult());
        return endpoints;
    }
}
