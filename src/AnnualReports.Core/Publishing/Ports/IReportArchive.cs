namespace AnnualReports.Publishing.Ports;

/// <summary>
/// The private archive of every accepted report: its canonical data file (the source of every regeneration) and
/// the original upload, per agency and year.
/// </summary>
public interface IReportArchive
{
    /// <summary>Stores both files; bytes equal to what is stored already are not rewritten.</summary>
    Task ArchiveAsync(string agencyId, int year, ReadOnlyMemory<byte> canonicalJson, Upload original, CancellationToken cancellationToken);

    /// <summary>The canonical data file of the report, or <c>null</c> when none is archived.</summary>
    Task<ReadOnlyMemory<byte>?> ReadCanonicalAsync(string agencyId, int year, CancellationToken cancellationToken);
}
