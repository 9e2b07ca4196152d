using AnnualReports.Publishing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AnnualReports.Functions;

/// <summary><c>POST /api/regenerate</c>: re-render the whole site, one agency or one report from the archived data.</summary>
public sealed class RegenerateFunction(SiteRegenerator regenerator)
{
    [Function("Regenerate")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "regenerate")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var scope = await RegenerationRequest.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        var summary = await regenerator.RegenerateAsync(scope, cancellationToken).ConfigureAwait(false);
        return ApiResults.Json(summary, summary.Error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }
}
