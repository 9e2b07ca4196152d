using System.Diagnostics;

namespace AnnualReports.Cli.Dev;

/// <summary>
/// Makes sure the repository's pinned Azurite (<c>package-lock.json</c>) is installed: runs <c>npm ci</c> at the
/// repository root when <c>node_modules/.bin/azurite</c> is missing, showing what it does.
/// </summary>
public static class AzuriteInstaller
{
    public static async Task EnsureInstalledAsync(string repositoryRoot, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var executable = Path.Combine(repositoryRoot, "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");
        if (File.Exists(executable))
        {
            return;
        }

        if (ExecutableSearch.OnPath("node") is null || ExecutableSearch.OnPath("npm") is not { } npm)
        {
            throw new DevSetupException(
                "Azurite (the storage emulator) needs Node.js and npm, which are not on the PATH. Install Node.js 20 or later " +
                "(Debian/Ubuntu: 'sudo apt-get install nodejs npm'), or set ReportsStorage to a storage account's connection string.");
        }

        output.WriteLine($"Azurite is not installed yet: running 'npm ci' in {repositoryRoot} (installs the pinned azurite from package-lock.json)…");
        var start = new ProcessStartInfo(npm) { WorkingDirectory = repositoryRoot, UseShellExecute = false };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new DevSetupException($"Could not start {npm}.");
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0 || !File.Exists(executable))
        {
            throw new DevSetupException($"'npm ci' in {repositoryRoot} failed (exit code {process.ExitCode}); see its output above.");
        }
    }
}
