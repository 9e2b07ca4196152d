using AnnualReports.Azure;
using AnnualReports.Azure.Http;
using AnnualReports.Azure.Local;
using AnnualReports.OpenData;
using AnnualReports.Publishing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Cli.Dev;

/// <summary>
/// The Functions app's work without the Functions host: the same publishing handlers (<c>AddAnnualReports</c>), the
/// same HTTP API routes (<see cref="ReportsApiRoutes"/>), and the <see cref="IncomingWatcher"/> in place of the blob trigger and the <see cref="RegenerationQueueWorker"/> in place
/// of the queue trigger, a <see cref="LocalTimer"/> in place of each timer function.
/// Built but not started, so storage can be prepared first.
/// </summary>
public static class ApiServer
{
    public static WebApplication Build(int port, IConfiguration configuration, DevOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = LoopbackWebApp.CreateBuilder(port, configuration, options.MinimumLogLevel);
        builder.Services.AddAnnualReports(configuration);
        builder.Services.AddSingleton(sp => new IncomingWatcher(
            sp.GetRequiredService<StorageClients>(),
            sp.GetRequiredService<StorageOptions>(),
            sp.GetRequiredService<UploadProcessor>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<IncomingWatcher>>())
        {
            PollInterval = options.PollInterval,
        });
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IncomingWatcher>());
        builder.Services.AddHostedService(sp => new LocalTimer(
            "sweep of incoming", sp.GetRequiredService<IncomingSweep>().SweepAsync, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<LocalTimer>>())
        {
            Interval = options.SweepInterval,
        });
        builder.Services.AddHostedService<RegenerationQueueWorker>();
        builder.Services.AddHostedService(sp => new LocalTimer(
            "open data build",
            async ct => await sp.GetRequiredService<SiteDataPublisher>().PublishAllAsync(ct).ConfigureAwait(false),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<LocalTimer>>())
        {
            Interval = options.OpenDataInterval,
        });
        builder.Services.AddHostedService(sp => new LocalTimer(
            "rebuild of the regions' open data",
            async ct => await sp.GetRequiredService<RegionDataPublisher>().RefreshDueAsync(ct).ConfigureAwait(false),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<LocalTimer>>())
        {
            Interval = options.RegionDataInterval,
        });
        var app = builder.Build();
        app.UseReportsApiErrors();
        app.MapReportsApi();
        return app;
    }
}
