using System.CommandLine;
using AnnualReports.Azure;
using AnnualReports.Azure.Local;
using AnnualReports.Publishing;
using Azure;
using Microsoft.Extensions.Configuration;

namespace AnnualReports.Cli.Commands;

/// <summary>
/// <c>upload FILE [--name NAME] [--connection CS]</c>: drops a file into <c>incoming</c> of the configured storage
/// (<c>ReportsStorage</c>), which triggers the pipeline. Exit 0 uploaded, 2 unusable file or name, 3 no storage.
/// </summary>
public static class UploadCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = (new Argument<string>("file") { Description = "The data file to upload (.json, .yaml, .yml, .docx, .txt)" }).RefusingOptions();
        var name = new Option<string?>("--name") { Description = "Blob name in incoming, may contain '/' (default: the file's name)" };
        var connection = new Option<string?>("--connection")
        {
            Description = "Storage connection string (default: the ReportsStorage setting; the dev command prints Azurite's)",
        };
        var command = new Command("upload", "Upload a data file to the 'incoming' container, as an office would.") { file, name, connection };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(file)!, parse.GetValue(name), Settings(parse.GetValue(connection)), output, error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(
        string path, string? name, IConfiguration settings, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var uploadName = name ?? Path.GetFileName(path);
        if (UploadNames.Check(uploadName) is { } problem)
        {
            error.WriteLine($"upload: {problem.MessageEn}");
            return ExitCodes.UnusableInput;
        }

        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"upload: cannot read '{path}': {e.Message}");
            return ExitCodes.UnusableInput;
        }

        try
        {
            var incoming = StorageClients.From(settings).Blobs.GetBlobContainerClient(StorageOptions.From(settings).IncomingContainer);
            await new IncomingUploads(incoming).UploadAsync(uploadName, content, skipIfSame: false, cancellationToken).ConfigureAwait(false);
            output.WriteLine($"Uploaded {path} as '{uploadName}' to {incoming.Uri}");
            output.WriteLine($"What became of it: GET /api/uploads/{uploadName} (with dev: http://127.0.0.1:{Dev.DevOptions.DefaultApiPort}/api/uploads/{uploadName})");
            return ExitCodes.Valid;
        }
        catch (Exception e) when (e is InvalidOperationException or RequestFailedException or FormatException or ArgumentException)
        {
            error.WriteLine($"upload: {e.Message}");
            return ExitCodes.CannotRun;
        }
    }

    /// <summary>The environment's settings, with <c>ReportsStorage</c> replaced by <paramref name="connection"/> when given.</summary>
    public static IConfiguration Settings(string? connection) =>
        new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(connection is null ? [] : [KeyValuePair.Create<string, string?>(StorageOptions.ConnectionName, connection)])
            .Build();
}
