using System.Reflection;
using Microsoft.ApplicationInsights;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AnnualReports.Functions.Tests;

/// <summary>The worker's host as Program builds it, with every registration checked at build time and every function class created.</summary>
public class ServiceGraphTests
{
    private const string Storage = "--ReportsStorage=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" +
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        "BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";

    private const string Telemetry = "--APPLICATIONINSIGHTS_CONNECTION_STRING=InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EveryServiceAndFunctionClassResolvesWithScopesValidated(bool telemetry)
    {
        using var host = Build(telemetry);
        using var scope = host.Services.CreateScope();

        foreach (var type in FunctionTypes())
        {
            Assert.NotNull(ActivatorUtilities.CreateInstance(scope.ServiceProvider, type));
        }

        Assert.Contains(host.Services.GetServices<IHostedService>(), s => s is EnsureStorageOnStart);
    }

    [Fact]
    public void EveryFunctionIsInAClassTheGraphCanCreate()
    {
        var functions = FunctionTypes().SelectMany(t => t.GetMethods()).Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null);

        Assert.Equal(
            FunctionsMetadata.FunctionNames.Order(StringComparer.Ordinal),
            functions.Select(m => m.GetCustomAttribute<FunctionAttribute>()!.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TelemetryIsOffWithoutAConnectionString()
    {
        using var host = Build(telemetry: false);

        Assert.Null(host.Services.GetService<TelemetryClient>());
    }

    [Fact]
    public void TelemetryIsOnWithAConnectionStringAndKeepsInformationLogs()
    {
        using var host = Build(telemetry: true);

        Assert.NotNull(host.Services.GetService<TelemetryClient>());
        var rules = host.Services.GetRequiredService<IOptions<LoggerFilterOptions>>().Value.Rules;
        Assert.DoesNotContain(rules, r => r.ProviderName?.EndsWith("ApplicationInsightsLoggerProvider", StringComparison.Ordinal) == true
            && r.CategoryName is null && r.LogLevel == LogLevel.Warning);
    }

    private static IHost Build(bool telemetry)
    {
        // What the worker reads from the host's arguments; nothing is started, so nothing connects.
        string[] hostArguments =
        [
            "--Functions:Worker:HostEndpoint=http://127.0.0.1:9/", "--Functions:Worker:WorkerId=graph",
            "--Functions:Worker:RequestId=graph", "--Functions:Worker:GrpcMaxMessageLength=2147483647",
        ];
        var builder = WorkerHost.CreateBuilder(telemetry ? [.. hostArguments, Storage, Telemetry] : [.. hostArguments, Storage]);
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        return builder.Build();
    }

    private static IEnumerable<Type> FunctionTypes() =>
        typeof(WorkerHost).Assembly.GetTypes().Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null));
}
