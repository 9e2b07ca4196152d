using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Cli.Dev;

/// <summary>How to run the local stack. Port 0 picks a free port (tests).</summary>
/// <param name="Configuration">
/// Settings as the Functions app reads them (<c>ReportsStorage</c>, <c>AnnualReports__*</c>, <c>Site__Title</c>);
/// environment variables when <c>null</c>. With no storage configured, Azurite is started in memory.
/// </param>
/// <param name="SearchFrom">Where to start looking upwards for the repository root (<c>package.json</c> and <c>Serverless.sln</c>).</param>
public sealed record DevOptions(
    int SitePort = DevOptions.DefaultSitePort,
    int ApiPort = DevOptions.DefaultApiPort,
    bool PublishSeeds = true,
    IConfiguration? Configuration = null,
    string? SearchFrom = null)
{
    public const int DefaultSitePort = 8080;
    public const int DefaultApiPort = 7071;

    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Information;

    /// <summary>Also publish the made-up demonstration site (<see cref="Demo.DemoSite"/>) after the seeds.</summary>
    public bool PublishDemo { get; init; }

    /// <summary>How often the watcher lists <c>incoming</c>.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often the reconciliation sweep runs (also once at start), as the deployed <c>SweepIncoming</c> does.</summary>
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the open data files are built (also once at start), as the deployed <c>BuildOpenData</c> does.</summary>
    public TimeSpan OpenDataInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How often the regions with new uploads get their open data files rebuilt, as the deployed <c>RefreshRegionData</c> does.</summary>
    public TimeSpan RegionDataInterval { get; init; } = TimeSpan.FromSeconds(10);
}
