using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace AnnualReports.Functions.Tests.Worker;

/// <summary>
/// <c>dotnet AnnualReports.Functions.dll</c> started the way the Functions host starts a dotnet-isolated worker: the
/// current <c>--functions-*</c> arguments and the older <c>--host --port --workerId --requestId --grpcMaxMessageLength</c>
/// ones, in the published folder. Its output is kept for failure messages; dispose kills it.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WorkerProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
    }

    public string WorkerId { get; } = Guid.NewGuid().ToString();

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public Task Exited => _process.WaitForExitAsync();

    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    public static WorkerProcess Start(PublishedWorker worker, Uri host, IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = worker.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = new Process { StartInfo = start };
        var started = new WorkerProcess(process);
        var port = host.Port.ToString(CultureInfo.InvariantCulture);
        string[] arguments =
        [
            worker.Assembly,
            "--host", host.Host, "--port", port, "--workerId", started.WorkerId, "--requestId", "startup-request",
            "--grpcMaxMessageLength", "2147483647",
            "--functions-uri", host.ToString(), "--functions-worker-id", started.WorkerId,
            "--functions-request-id", "startup-request", "--functions-grpc-max-message-length", "2147483647",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        start.Environment["AZURE_FUNCTIONS_ENVIRONMENT"] = "Production";
        start.Environment["ReportsStorage"] = worker.StorageConnectionString;
        start.Environment.Remove("APPLICATIONINSIGHTS_CONNECTION_STRING");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
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
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
