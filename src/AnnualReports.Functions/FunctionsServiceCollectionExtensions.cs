using AnnualReports.Azure;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Functions;

public static class FunctionsServiceCollectionExtensions
{
    /// <summary>The setting that turns telemetry on: without it, nothing is sent anywhere.</summary>
    public const string TelemetrySetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>The Application Insights logger provider, whose default rule keeps only Warning and above.</summary>
    private const string ApplicationInsightsLoggerProvider =
        "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider";

    /// <summary>Everything the Functions app needs: telemetry, storage, the publishing use cases, storage provisioning at start.</summary>
    public static IServiceCollection AddAnnualReportsFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddTelemetry(configuration);
        services.AddAnnualReports(configuration);
        services.AddHostedService<EnsureStorageOnStart>();
        return services;
    }

    /// <summary>
    /// Application Insights (2.x SDK, the one <c>Microsoft.Azure.Functions.Worker.ApplicationInsights</c> is built
    /// against) when a connection string is set; Entra ID auth comes from <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c>.
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrWhiteSpace(configuration[TelemetrySetting]))
        {
            return services;
        }

        services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();
        // The SDK adds a rule that drops everything below Warning; the app's own levels (host.json, logging settings) decide instead.
        services.Configure<LoggerFilterOptions>(options =>
        {
            var defaultRule = options.Rules.FirstOrDefault(rule =>
                rule.ProviderName == ApplicationInsightsLoggerProvider && rule.CategoryName is null && rule.LogLevel == LogLevel.Warning);
            if (defaultRule is not null)
            {
                options.Rules.Remove(defaultRule);
            }
        });
        return services;
    }
}
