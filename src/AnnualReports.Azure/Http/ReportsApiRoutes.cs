using AnnualReports.Publishing;
using AnnualReports.Regeneration;
using AnnualReports.Regeneration.Ports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Azure.Http;

/// <summary>The HTTP API as ASP.NET Core minimal API endpoints, on the routes the Functions app uses (under <c>/api</c>).</summary>
public static class ReportsApiRoutes
{
    /// <summary>As the Functions app's middleware does: an unforeseen exception becomes a 500 with an error id that is also logged.</summary>
    public static IApplicationBuilder UseReportsApiErrors(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ReportsApiRoutes));
        return app.Use(async (context, next) =>
        {
            try
            {
                await next(context).ConfigureAwait(false);
            }
            catch (Exception e) when (!context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted)
            {
                await UnexpectedErrors.Answer(e, context.Request.Path, logger).WriteAsync(context.Response, context.RequestAborted).ConfigureAwait(false);
            }
        });
    }

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/regenerate", async (
            HttpRequest request, [FromServices] SiteRegenerator regenerator, [FromServices] RegenerationPlanner planner, CancellationToken cancellationToken) =>
            (await ReportsApi.RegenerateAsync(request, regenerator, planner, cancellationToken).ConfigureAwait(false)).ToHttpResult());
        endpoints.MapGet("/api/regenerations/{id}", async (string id, [FromServices] IRegenerationRuns runs, CancellationToken cancellationToken) =>
            (await ReportsApi.RegenerationStatusAsync(id, runs, cancellationToken).ConfigureAwait(false)).ToHttpResult());
        endpoints.MapPost("/api/validate", async (HttpRequest request, [FromServices] DryRunValidator validator, CancellationToken cancellationToken) =>
            (await ReportsApi.ValidateAsync(request, validator, cancellationToken).ConfigureAwait(false)).ToHttpResult());
        endpoints.MapGet("/api/uploads/{*name}", async (string name, [FromServices] UploadStatusQuery query, CancellationToken cancellationToken) =>
            (await ReportsApi.UploadStatusAsync(name, query, cancellationToken).ConfigureAwait(false)).ToHttpResult());
        return endpoints;
    }
}
