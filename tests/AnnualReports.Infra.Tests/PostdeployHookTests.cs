using System.Diagnostics;

namespace AnnualReports.Infra.Tests;

/// <summary>The postdeploy hook run for real with a stand-in <c>az</c> on the PATH: it stops at once, with the CLI's words, when az is not signed in.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class PostdeployHookTests
{
    [Fact]
    public async Task StopsAtOnceSayingAzIsNotSignedIn()
    {
        var (exit, output) = await RunWithFakeAzAsync("""
            if [ "$1" = "account" ]; then echo "ERROR: Please run 'az login' to setup account." >&2; exit 1; fi
            echo "az called for $*" >&2; exit 1
            """);

        Assert.NotEqual(0, exit);
        Assert.Contains("not signed in", output, StringComparison.Ordinal);
        Assert.Contains("Please run 'az login'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("waiting for the Functions host", output, StringComparison.Ordinal);
        Assert.DoesNotContain("az called for functionapp", output, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> RunWithFakeAzAsync(string azScript)
    {
        var bin = Directory.CreateTempSubdirectory("fake-az-").FullName;
        var az = Path.Combine(bin, "az");
        await File.WriteAllTextAsync(az, "#!/bin/sh\n" + azScript + "\n");
        File.SetUnixFileMode(az, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RepositoryFiles.PathOf("scripts/azd/postdeploy.sh"));
        start.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["AZURE_SUBSCRIPTION_ID"] = "00000000-0000-0000-0000-000000000000";
        start.Environment["AZURE_RESOURCE_GROUP"] = "rg-test";
        start.Environment["AZURE_FUNCTION_APP_NAME"] = "func-test";
        start.Environment["AZURE_EVENTGRID_SYSTEM_TOPIC_NAME"] = "evgt-test";
        start.Environment["AZURE_STORAGE_ACCOUNT_NAME"] = "sttest";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        Directory.Delete(bin, recursive: true);
        return (process.ExitCode, await stdout + await stderr);
    }
}
