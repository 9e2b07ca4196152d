using System.CommandLine;
using AnnualReports.Cli.Dev;
using Azure;

namespace AnnualReports.Cli.Commands;

/// <summary>
/// <c>dev [--site-port 8080] [--api-port 7071] [--no-seeds] [--demo]</c>: runs the whole pipeline locally until Ctrl-C
/// (see <see cref="DevHost"/>). Exit 0 after a clean stop, 3 when the local stack cannot start.
/// </summary>
public static class DevCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var sitePort = new Option<int>("--site-port") { Description = "Port of the static website", DefaultValueFactory = _ => DevOptions.DefaultSitePort };
        var apiPort = new Option<int>("--api-port") { Description = "Port of the HTTP API", DefaultValueFactory = _ => DevOptions.DefaultApiPort };
        var noSeeds = new Option<bool>("--no-seeds") { Description = "Do not publish the seeds/*.json reports" };
        var demo = new Option<bool>("--demo") { Description = "Also publish a made-up demonstration site: 9 agencies in 5 regions, 6 years each (trends, year on year, region totals)" };
        var command = new Command(
            "dev",
            "Run everything locally: Azurite (unless ReportsStorage is set), the seeds published, the incoming watcher, the HTTP API and the static website.")
        {
            sitePort, apiPort, noSeeds, demo,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(
                new DevOptions(parse.GetValue(sitePort), parse.GetValue(apiPort), !parse.GetValue(noSeeds)) { PublishDemo = parse.GetValue(demo) },
                output,
                error,
                cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(DevOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        output.WriteLine("Starting the local stack…");
        DevHost host;
        try
        {
            host = await DevHost.StartAsync(options, output, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DevSetupException or InvalidOperationException or IOException or RequestFailedException)
        {
            error.WriteLine($"dev: {e.Message}");
            return ExitCodes.CannotRun;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Valid;
        }

        await using (host.ConfigureAwait(false))
        {
            DevBanner.Write(output, host);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                output.WriteLine("Stopping…");
            }
        }

        output.WriteLine("Stopped.");
        return ExitCodes.Valid;
    }
}
