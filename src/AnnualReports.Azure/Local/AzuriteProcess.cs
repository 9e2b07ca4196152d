using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AnnualReports.Azure.Local;

/// <summary>
/// Runs the Azurite storage emulator from the repository's <c>node_modules</c> (installed by <c>npm ci</c>), on free
/// loopback ports unless told otherwise, and stops it (with its child processes) on dispose. Used by the integration
/// test fixture and the local <c>dev</c> command. Starting fails loudly: it never pretends to have an emulator.
/// </summary>
public sealed class AzuriteProcess : IDisposable
{
    public const string AccountName = "devstoreaccount1";

    /// <summary>The emulator's well-known development key (public, documented by Microsoft).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;
    private readonly StringBuilder _output;

    private AzuriteProcess(Process process, StringBuilder output, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        _output = output;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public string ConnectionString => string.Create(
        CultureInfo.InvariantCulture,
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};QueueEndpoint=http://127.0.0.1:{QueuePort}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{AccountName};");

    /// <summary>Starts Azurite and waits until all three services accept connections.</summary>
    /// <exception cref="InvalidOperationException">Azurite is not installed, exited, or did not answer in time.</exception>
    public static async Task<AzuriteProcess> StartAsync(AzuriteSettings? settings = null, CancellationToken cancellationToken = default)
    {
        settings ??= new AzuriteSettings();
        var executable = FindExecutable(settings.SearchFrom ?? AppContext.BaseDirectory);
        var (blob, queue, table) = (settings.BlobPort ?? FreePort(), settings.QueuePort ?? FreePort(), settings.TablePort ?? FreePort());
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (settings.Location is { } location)
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(location);
        }
        else
        {
            start.ArgumentList.Add("--inMemoryPersistence");
            if (settings.ExtentMemoryLimitMb is { } limit)
            {
                start.ArgumentList.Add("--extentMemoryLimit");
                start.ArgumentList.Add(limit.ToString(CultureInfo.InvariantCulture));
            }
        }

        foreach (var argument in new[] { "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (service, port) in new[] { ("blob", blob), ("queue", queue), ("table", table) })
        {
            start.ArgumentList.Add($"--{service}Host");
            start.ArgumentList.Add("127.0.0.1");
            start.ArgumentList.Add($"--{service}Port");
            start.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        }

        var output = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {executable}.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new AzuriteProcess(process, output, blob, queue, table);
        try
        {
            await azurite.WaitUntilListeningAsync(settings.StartTimeout, cancellationToken).ConfigureAwait(false);
            return azurite;
        }
        catch
        {
            azurite.Dispose();
            throw;
        }
    }

    /// <summary>Finds <c>node_modules/.bin/azurite</c> in <paramref name="startDirectory"/> or any folder above it.</summary>
    public static string FindExecutable(string startDirectory)
    {
        var name = OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite";
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "node_modules", ".bin", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"Azurite is not installed: no node_modules/.bin/{name} above {startDirectory}. Run 'npm ci' at the repository root.");
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // The process has already gone.
        }

        _process.Dispose();
    }

    private async Task WaitUntilListeningAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            while (!await AcceptsAsync(port, cancellationToken).ConfigureAwait(false))
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before listening:\n{Output()}");
                }

                if (deadline.Elapsed > timeout)
                {
                    throw new InvalidOperationException($"Azurite did not listen on port {port} within {timeout.TotalSeconds} s:\n{Output()}");
                }

                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static async Task<bool> AcceptsAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}

/// <summary>How to run Azurite: ports (free ones when <c>null</c>), a folder to persist to (in memory when <c>null</c>).</summary>
/// <param name="SearchFrom">Where to start looking upwards for <c>node_modules</c>; the app's folder by default.</param>
public sealed record AzuriteSettings(
    int? BlobPort = null,
    int? QueuePort = null,
    int? TablePort = null,
    string? Location = null,
    string? SearchFrom = null)
{
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>In memory only: how many MB of blob content Azurite may hold (its default is half the machine's memory).</summary>
    public int? ExtentMemoryLimitMb { get; init; }
}
