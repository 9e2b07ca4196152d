using AnnualReports.Azure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Cli.Dev;

/// <summary>The static website: <c>$web</c> served on its own port, as the storage account's web endpoint would.</summary>
public static class SiteServer
{
    public static async Task<WebApplication> StartAsync(int port, IConfiguration configuration, LogLevel minimumLevel, CancellationToken cancellationToken)
    {
        var builder = LoopbackWebApp.CreateBuilder(port, configuration, minimumLevel);
        var app = builder.Build();
        var web = StorageClients.From(configuration).Blobs.GetBlobContainerClient(StorageOptions.From(configuration).WebContainer);
        app.Run(new StaticWebsite(web).ServeAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return app;
    }
}
