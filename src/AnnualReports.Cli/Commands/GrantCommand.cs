using System.CommandLine;
using System.Globalization;
using AnnualReports.Azure;
using AnnualReports.Azure.Blobs;
using Azure;
using Microsoft.Extensions.Configuration;

namespace AnnualReports.Cli.Commands;

/// <summary>
/// <c>grant AGENCY [--year N] [--days 7] [--connection CS]</c>: prints an office's upload links, one per file type, each
/// able to create <c>incoming/{agency}/{year}{ext}</c> once and nothing else (see <see cref="UploadGrants"/>).
/// Exit 0 printed, 2 unusable agency id or duration, 3 no storage.
/// </summary>
public static class GrantCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var agency = new Argument<string>("agency-id") { Description = "The agency whose folder the links write into" };
        var year = new Option<int?>("--year") { Description = "The report year the links are for (default: last year)" };
        var days = new Option<int>("--days")
        {
            Description = "How long the links work; at most 7 when signed with a user delegation key (Entra, production)",
            DefaultValueFactory = _ => 7,
        };
        var connection = new Option<string?>("--connection") { Description = "Storage connection string (default: the ReportsStorage setting)" };
        var command = new Command("grant", "Print an office's write-once upload links for its folder in 'incoming'.") { agency, year, days, connection };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(agency)!, parse.GetValue(year), parse.GetValue(days), UploadCommand.Settings(parse.GetValue(connection)), TimeProvider.System, output, error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(
        string agencyId, int? year, int days, IConfiguration settings, TimeProvider time, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var now = time.GetUtcNow();
        var reportYear = year ?? now.Year - 1;
        if (days is < 1 or > 365)
        {
            error.WriteLine("grant: --days must be between 1 and 365.");
            return ExitCodes.UnusableInput;
        }

        IReadOnlyList<UploadGrant> grants;
        try
        {
            var incoming = StorageClients.From(settings).Blobs.GetBlobContainerClient(StorageOptions.From(settings).IncomingContainer);
            grants = await new UploadGrants(incoming).IssueAsync(agencyId, reportYear, TimeSpan.FromDays(days), now, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"grant: {e.Message}");
            return ExitCodes.UnusableInput;
        }
        catch (Exception e) when (e is InvalidOperationException or RequestFailedException or FormatException)
        {
            error.WriteLine($"grant: {e.Message}");
            return ExitCodes.CannotRun;
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Upload links for {agencyId}, {reportYear} report, valid until {grants[0].Expires:yyyy-MM-dd HH:mm} UTC. Each creates its file once; it cannot read, list, delete or replace anything."));
        foreach (var grant in grants)
        {
            output.WriteLine($"  {Path.GetExtension(grant.BlobName),-6} {grant.Url}");
        }

        output.WriteLine($"Office: azcopy copy \"{reportYear}年报告.docx\" \"<the .docx link>\"   (or Azure Storage Explorer: Connect → Blob container or directory → Shared access signature URL)");
        return ExitCodes.Valid;
    }
}
