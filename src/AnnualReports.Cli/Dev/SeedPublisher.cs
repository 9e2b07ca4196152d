using AnnualReports.Azure.Local;
using AnnualReports.Publishing;

namespace AnnualReports.Cli.Dev;

/// <summary>
/// Publishes the repository's <c>seeds/*.json</c> reports the way an office would: uploads each to <c>incoming</c>
/// (at the top level, outside any agency folder, as the operator's uploads are; left alone when the bytes are already
/// there) and runs the upload pipeline on it.
/// </summary>
public static class SeedPublisher
{
    /// <summary>Prefix of the seeds' upload names: none, since an agency folder may only hold its own agency's reports.</summary>
    public const string Prefix = "";

    public static async Task<IReadOnlyList<UploadOutcome>> PublishAsync(
        string seedsFolder, IncomingUploads incoming, UploadProcessor processor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(processor);
        var outcomes = new List<UploadOutcome>();
        foreach (var file in Directory.GetFiles(seedsFolder, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Prefix + Path.GetFileName(file);
            var content = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            await incoming.UploadAsync(name, content, skipIfSame: true, cancellationToken).ConfigureAwait(false);
            outcomes.Add(await processor.ProcessAsync(name, cancellationToken).ConfigureAwait(false));
        }

        return outcomes;
    }
}
