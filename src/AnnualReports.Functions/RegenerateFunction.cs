using AnnualReports.Azure.Http;
using AnnualReports.Publishing;
using AnnualReports.Regeneration;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AnnualReports.Functions;

/// <summary>
/// <c>POST /api/regenerate</c>: queue a run for the whole site (202), or re-render one agency or one report at once
/// from the archived data (200).
/// </summary>
public sealed class RegenerateFunction(SiteRegenerator regenerator, RegenerationPlanner planner)
{
    [Function("Regenerate")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "regenerate")] HttpRequest request,
        CancellationToken cancellationToken) =>
        (await ReportsApi.RegenerateAsync(request, regenerator, planner, cancellationToken).ConfigureAwait(false)).ToActionResult();
}
