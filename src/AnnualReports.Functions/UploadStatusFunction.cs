using AnnualReports.Azure.Http;
using AnnualReports.Publishing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AnnualReports.Functions;

/// <summary><c>GET /api/uploads/{name}</c>: what became of an upload (names may contain <c>/</c>); 404 when never processed.</summary>
public sealed class UploadStatusFunction(UploadStatusQuery query)
{
    [Function("UploadStatus")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "uploads/{*name}")] HttpRequest request,
        string name,
        CancellationToken cancellationToken) =>
        (await ReportsApi.UploadStatusAsync(name, query, cancellationToken).ConfigureAwait(false)).ToActionResult();
}
