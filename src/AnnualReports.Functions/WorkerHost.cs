using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

namespace AnnualReports.Functions;

/// <summary>The worker's host as <c>Program</c> builds it; tests build the same one to validate its services.</summary>
public static class WorkerHost
{
    public static FunctionsApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.UseWhen<HttpErrorMiddleware>(HttpErrorMiddleware.Handles);
        builder.Services.AddAnnualReportsFunctions(builder.Configuration);
        return builder;
    }
}
