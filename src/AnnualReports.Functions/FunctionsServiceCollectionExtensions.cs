using AnnualReports.Azure;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AnnualReports.Functions;

public static class FunctionsServiceCollectionExtensions
{
    /// <summary>Everything the Functions app needs: telemetry, storage, the publishing use cases, storage provisioning at start.</summary>
    public static IServiceCollection AddAnnualReportsFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();
        services.AddAnnualReports(configuration);
        services.AddHostedService<EnsureStorageOnStart>();
        return services;
    }
}
