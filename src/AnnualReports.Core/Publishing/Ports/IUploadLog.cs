namespace AnnualReports.Publishing.Ports;

/// <summary>The uploads table: what became of every upload.</summary>
public interface IUploadLog
{
    Task<UploadRecord?> GetAsync(string uploadName, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the record of the upload.</summary>
    Task RecordAsync(UploadRecord record, CancellationToken cancellationToken);
}
