using System.Diagnostics;

namespace AnnualReports.Infra.Tests;

/// <summary>Runs the Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package.</summary>
internal static class BicepCli
{
    public static BicepResult Run(params string[] arguments)
    {
        var executable = RepositoryFiles.BicepExecutable;
        EnsureExecutable(executable);

        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryFiles.Root,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        // No telemetry and no update checks from a test run.
        startInfo.Environment["BICEP_TELEMETRY_ENABLED"] = "false";

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {executable}.");
        var standardError = process.StandardError.ReadToEndAsync();
        var standardOutput = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new BicepResult(process.ExitCode, standardOutput, standardError.GetAwaiter().GetResult());
    }

    // NuGet may extract the binary without the execute bit on some file systems.
    private static void EnsureExecutable(string executable)
    {
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException("The Bicep CLI is missing; run dotnet restore.", executable);
        }
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var mode = File.GetUnixFileMode(executable);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(executable, mode | UnixFileMode.UserExecute);
        }
    }
}

internal sealed record BicepResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string Diagnostics => StandardError.Trim();
}
