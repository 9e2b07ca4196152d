using AnnualReports.Azure.Http;
using AnnualReports.Regeneration.Ports;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AnnualReports.Functions;

/// <summary><c>GET /api/regenerations/{id}</c>: the status of a queued whole-site run.</summary>
public sealed class RegenerationStatusFunction(IRegenerationRuns runs)
{
    [Function("RegenerationStatus")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "regenerations/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        (await ReportsApi.RegenerationStatusAsync(id, runs, cancellationToken).ConfigureAwait(false)).ToActionResult();
}
