using AnnualReports.Publishing;

namespace AnnualReports.Cli.Dev;

/// <summary>What the <c>dev</c> command prints once everything runs: the seeds' fate, the URLs, how to try an upload.</summary>
public static class DevBanner
{
    public static void Write(TextWriter output, DevHost host)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(host);
        foreach (var outcome in host.SeedOutcomes)
        {
            output.WriteLine($"  seed {outcome.UploadName}: {Describe(outcome, host.SiteUrl)}");
        }

        output.WriteLine();
        output.WriteLine($"Site     {host.SiteUrl}");
        output.WriteLine($"API      {host.ApiUrl}api/  (POST regenerate, GET regenerations/{{id}}, POST validate?name=…, GET uploads/{{name}})");
        output.WriteLine($"Storage  {host.StorageDescription}");
        output.WriteLine();
        var connection = host.EmulatorConnectionString is { } emulator ? $" --connection \"{emulator}\"" : "";
        output.WriteLine($"Try an upload: dotnet run --project src/AnnualReports.Cli -- upload seeds/weixian-2021.yaml --name weixian-gov-office/2021.yaml{connection}");
        output.WriteLine("Watching 'incoming'. Press Ctrl-C to stop.");
    }

    private static string Describe(UploadOutcome outcome, Uri site) => outcome switch
    {
        UploadOutcome.Accepted accepted => $"published at {new Uri(site, accepted.Url)}",
        UploadOutcome.AlreadyProcessed previous => $"already processed ({previous.Previous.Status})",
        UploadOutcome.Rejected rejected => $"REJECTED with {rejected.Findings.Count} finding(s), see rejections/{rejected.RejectionPath}",
        _ => outcome.GetType().Name,
    };
}
