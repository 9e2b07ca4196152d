using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Cli.Dev;

/// <summary>A small Kestrel app on <c>127.0.0.1</c> (port 0 = a free one) with the given settings and one-line console logs.</summary>
public static class LoopbackWebApp
{
    public static WebApplicationBuilder CreateBuilder(int port, IConfiguration configuration, LogLevel minimumLevel)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(configuration.AsEnumerable());
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.SetMinimumLevel(minimumLevel);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Azure", LogLevel.Warning);
        return builder;
    }

    /// <summary>The address the started app listens on, with the actual port.</summary>
    public static Uri Address(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return new Uri(app.Urls.First() + "/");
    }
}
