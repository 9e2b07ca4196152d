using AnnualReports.Azure.Http;
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
        CancellationToken cancellationToken) =>
        (await ReportsApi.RegenerateAsync(request, regenerator, cancellationToken).ConfigureAwait(false)).ToActionResult();
}
