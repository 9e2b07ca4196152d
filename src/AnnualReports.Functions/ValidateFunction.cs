using AnnualReports.Azure.Http;
using AnnualReports.Publishing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AnnualReports.Functions;

/// <summary><c>POST /api/validate?name=report.yaml</c>: a dry run; the body is a data file, the answer its findings. Nothing is stored.</summary>
public sealed class ValidateFunction(DryRunValidator validator)
{
    [Function("Validate")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "validate")] HttpRequest request,
        CancellationToken cancellationToken) =>
        (await ReportsApi.ValidateAsync(request, validator, cancellationToken).ConfigureAwait(false)).ToActionResult();
}
