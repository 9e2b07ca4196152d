using AnnualReports.Azure;
using AnnualReports.Cli.Dev;
using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using AnnualReports.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Cli.Tests.Dev;

/// <summary>The local run sweeps <c>incoming</c> as the deployed timer function does, besides its watcher.</summary>
public class DevSweepTests
{
    [Fact]
    public async Task PublishesAnUploadTheWatcherDoesNotSeeThroughTheSweep()
    {
        // The watcher lists once at start (nothing there yet) and then only after an hour: the sweep must do it.
        var options = new DevOptions(0, 0, PublishSeeds: false, new ConfigurationBuilder().Build(), RepoPaths.Root)
        {
            MinimumLogLevel = LogLevel.Warning,
            PollInterval = TimeSpan.FromHours(1),
            SweepInterval = TimeSpan.FromMilliseconds(300),
        };
        await using var host = await DevHost.StartAsync(options, TextWriter.Null, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var clients = host.Services.GetRequiredService<StorageClients>();
        var incoming = clients.Blobs.GetBlobContainerClient(host.Services.GetRequiredService<StorageOptions>().IncomingContainer);
        await incoming.GetBlobClient("weixian-gov-office/2021.json").UploadAsync(BinaryData.FromBytes(SeedFiles.WeixianJson()));

        var log = host.Services.GetRequiredService<IUploadLog>();
        var record = await Eventually.PollAsync(
            () => log.GetAsync("weixian-gov-office/2021.json", CancellationToken.None), r => r is not null, TimeSpan.FromSeconds(60));

        Assert.Equal(UploadStatus.Accepted, record?.Status);
    }
}
