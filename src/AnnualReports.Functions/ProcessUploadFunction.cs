using AnnualReports.Publishing;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Functions;

/// <summary>An upload landed in <c>incoming</c> (delivered by Event Grid, at least once): hand it to the pipeline.</summary>
public sealed partial class ProcessUploadFunction(UploadProcessor processor, ILogger<ProcessUploadFunction> logger)
{
    /// <param name="upload">Bound as a client only, so the host does not download it: the processor reads it with its version.</param>
    [Function("ProcessUpload")]
    public async Task Run(
        [BlobTrigger("incoming/{name}", Source = BlobTriggerSource.EventGrid, Connection = "ReportsStorage")] BlobClient upload,
        string name,
        CancellationToken cancellationToken)
    {
        var outcome = await processor.ProcessAsync(name, cancellationToken).ConfigureAwait(false);
        LogOutcome(logger, name, outcome.GetType().Name, outcome);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload {UploadName} processed: {Outcome} {Details}")]
    private static partial void LogOutcome(ILogger logger, string uploadName, string outcome, UploadOutcome details);
}
