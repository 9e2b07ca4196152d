using System.Diagnostics;
using System.Reflection;
using AnnualReports.Azure.Local;
using AnnualReports.TestKit;

namespace AnnualReports.Functions.Tests.Worker;

/// <summary>
/// The Functions app as it is deployed: <c>dotnet publish</c> of the built project into a folder of its own (once for
/// the collection), and an Azurite for its storage. If either cannot be had, every test of the collection fails.
/// </summary>
public sealed class PublishedWorker : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "annual-reports-worker-" + Guid.NewGuid().ToString("N")[..8]);

    public string Assembly => Path.Combine(Folder, "AnnualReports.Functions.dll");

    public string StorageConnectionString => (_azurite ?? throw new InvalidOperationException("Azurite has not started.")).ConnectionString;

    public async Task InitializeAsync()
    {
        var configuration = typeof(PublishedWorker).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var project = RepoPaths.File("src", "AnnualReports.Functions", "AnnualReports.Functions.csproj");
        // --no-build: the test run already built the app (this project references it); publishing adds what deployment adds.
        var (exitCode, output) = await RunAsync("dotnet", ["publish", project, "-c", configuration, "--no-build", "-o", Folder, "--nologo"]);
        if (exitCode != 0 || !File.Exists(Assembly))
        {
            throw new InvalidOperationException($"dotnet publish failed (exit {exitCode}):\n{output}");
        }

        _azurite = await AzuriteProcess.StartAsync(new AzuriteSettings(SearchFrom: RepoPaths.Root));
    }

    public Task DisposeAsync()
    {
        _azurite?.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}

[CollectionDefinition(Name)]
public sealed class UsesPublishedWorker : ICollectionFixture<PublishedWorker>
{
    public const string Name = "Published worker";
}
