using System.Net.Sockets;
using AnnualReports.Cli.Commands;
using AnnualReports.Cli.Dev;
using AnnualReports.Cli.Tests.Dev;
using AnnualReports.TestKit;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Cli.Tests.Commands;

public class DevCommandTests
{
    [Fact]
    public async Task PrintsTheUrlsAndStopsAzuriteOnCtrlC()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var synchronizedOutput = TextWriter.Synchronized(output);
        using var ctrlC = new CancellationTokenSource();
        var options = new DevOptions(0, 0, PublishSeeds: false, new ConfigurationBuilder().Build(), RepoPaths.Root) { MinimumLogLevel = LogLevel.Warning };

        var run = DevCommand.RunAsync(options, synchronizedOutput, error, ctrlC.Token);
        var banner = await Eventually.PollAsync(() => Task.FromResult(Printed(synchronizedOutput, output)), text => text.Contains("Ctrl-C", StringComparison.Ordinal) || run.IsCompleted, TimeSpan.FromSeconds(90));
        Assert.False(run.IsCompleted, $"dev stopped by itself: {error}");
        var connection = Line(banner, "Storage");
        var blobs = new BlobServiceClient(connection);
        var answeredWhileRunning = (await blobs.GetBlobContainerClient("incoming").ExistsAsync()).Value;
        await ctrlC.CancelAsync();
        var exit = await run;

        Assert.StartsWith("http://127.0.0.1:", Line(banner, "Site"), StringComparison.Ordinal);
        Assert.StartsWith("http://127.0.0.1:", Line(banner, "API"), StringComparison.Ordinal);
        Assert.True(answeredWhileRunning);
        Assert.Equal(ExitCodes.Valid, exit);
        Assert.Contains("Stopped.", Printed(synchronizedOutput, output), StringComparison.Ordinal);
        Assert.False(await AcceptsAsync(blobs.Uri.Port));
    }

    private static string Printed(TextWriter writer, StringWriter output)
    {
        lock (writer)
        {
            return output.ToString();
        }
    }

    private static string Line(string text, string label) =>
        text.Split('\n').Where(l => l.StartsWith(label + " ", StringComparison.Ordinal)).Select(l => l[label.Length..].Trim().Split("  (")[0]).FirstOrDefault()
        ?? throw new InvalidOperationException($"No '{label}' line in:\n{text}");

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
