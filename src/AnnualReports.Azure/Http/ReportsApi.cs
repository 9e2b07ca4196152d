using AnnualReports.Publishing;
using AnnualReports.Regeneration;
using AnnualReports.Regeneration.Ports;
using Microsoft.AspNetCore.Http;

namespace AnnualReports.Azure.Http;

/// <summary>
/// The HTTP API, independent of the host: binds a request, calls one handler, maps its result to an answer.
/// The Functions app and the local dev host both call these, so they answer alike.
/// </summary>
public static class ReportsApi
{
    /// <summary>
    /// <c>POST /api/regenerate</c>: for the whole site or a region, 202 with the queued run (<c>id</c>, <c>total</c>, <c>batches</c>,
    /// <c>status</c> to follow); for one agency or one report, done at once: 200 with the summary. 400 with <c>error</c>
    /// for a body that is not JSON or an invalid scope; 404 with <c>error</c>, <c>agency</c> and <c>year</c> for an
    /// agency or report that is not published.
    /// </summary>
    public static async Task<ApiAnswer> RegenerateAsync(
        HttpRequest request, SiteRegenerator regenerator, RegenerationPlanner planner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regenerator);
        ArgumentNullException.ThrowIfNull(planner);
        var (scope, problem) = await RegenerationRequest.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return ApiAnswer.BadRequest(problem);
        }

        if (scope.AgencyId is null)
        {
            return await planner.StartAsync(Guid.NewGuid().ToString("N"), scope.Region, cancellationToken).ConfigureAwait(false) is { } started
                ? ApiAnswer.Json(started, StatusCodes.Status202Accepted)
                : ApiAnswer.NotFound(new RegionNotFound($"No region has the code '{scope.Region}'.", scope.Region!));
        }

        var summary = await regenerator.RegenerateAsync(scope, cancellationToken).ConfigureAwait(false);
        return summary switch
        {
            { ScopeNotFound: true } => ApiAnswer.NotFound(new ReportNotFound(summary.Error!, scope.AgencyId!, scope.Year)),
            { Error: { } error } => ApiAnswer.BadRequest(error),
            _ => ApiAnswer.Json(summary, StatusCodes.Status200OK),
        };
    }

    /// <summary><c>GET /api/regenerations/{id}</c>: 200 with the run's status (done, failed, total, started, finished), 404 naming an unknown run.</summary>
    public static async Task<ApiAnswer> RegenerationStatusAsync(string id, IRegenerationRuns runs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return await runs.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } run
            ? ApiAnswer.Json(run, StatusCodes.Status200OK)
            : ApiAnswer.NotFound(new RunNotFound($"No regeneration run '{id}' is known.", id));
    }

    /// <summary>The largest body <c>POST /api/validate</c> reads: the importers' input limit (10 MiB).</summary>
    public const int MaxValidateBodyBytes = 10 * 1024 * 1024;

    /// <summary>
    /// <c>POST /api/validate?name=report.yaml</c>: 200 with the findings of the data file in the body. Nothing stored.
    /// 413 for a body over <see cref="MaxValidateBodyBytes"/>: refused on its declared length unread, or as soon as
    /// reading passes the limit, so a large body is never held whole.
    /// </summary>
    public static async Task<ApiAnswer> ValidateAsync(HttpRequest request, DryRunValidator validator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(validator);
        if (await BoundedBody.ReadAsync(request, MaxValidateBodyBytes, cancellationToken).ConfigureAwait(false) is not { } body)
        {
            return TooLarge;
        }

        var findings = await validator.ValidateAsync(body, request.Query["name"].FirstOrDefault(), cancellationToken).ConfigureAwait(false);
        return ApiAnswer.Json(findings, StatusCodes.Status200OK);
    }

    private static ApiAnswer TooLarge { get; } = ApiAnswer.TooLarge(MaxValidateBodyBytes);

    /// <summary><c>GET /api/uploads/{name}</c>: 200 with the upload's record, 404 naming the upload when it was never processed.</summary>
    public static async Task<ApiAnswer> UploadStatusAsync(string name, UploadStatusQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await query.GetAsync(name, cancellationToken).ConfigureAwait(false) is { } record
            ? ApiAnswer.Json(record, StatusCodes.Status200OK)
            : ApiAnswer.NotFound(new UploadNotFound($"No upload named '{name}' has been processed.", name));
    }
}

/// <summary>The body of a 404 from <c>/api/regenerate</c>: what was asked for and is not published.</summary>
public sealed record ReportNotFound(string Error, string Agency, int? Year);

/// <summary>The body of a 404 from <c>/api/uploads/{name}</c>.</summary>
public sealed record UploadNotFound(string Error, string Upload);

/// <summary>The body of a 404 from <c>/api/regenerate</c> for a region code that is not known.</summary>
public sealed record RegionNotFound(string Error, string Region);

/// <summary>The body of a 404 from <c>/api/regenerations/{id}</c>.</summary>
public sealed record RunNotFound(string Error, string Run);
