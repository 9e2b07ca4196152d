using AnnualReports.Publishing.Ports;

namespace AnnualReports.Publishing;

/// <summary>What became of an upload: its record in the uploads table, or <c>null</c> when it was never processed.</summary>
public sealed class UploadStatusQuery(IUploadLog uploadLog)
{
    public Task<UploadRecord?> GetAsync(string uploadName, CancellationToken cancellationToken) =>
        uploadLog.GetAsync(uploadName, cancellationToken);
}
