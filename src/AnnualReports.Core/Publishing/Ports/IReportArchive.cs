namespace AnnualReports.Publishing.Ports;

/// <summary>
/// The private archive of every accepted report: each canonical data file ever published, addressed by its
/// <see cref="ContentHash"/> (so two uploads never overwrite each other), and every valid original upload (also one a newer upload superseded).
/// </summary>
public interface IReportArchive
{
    /// <summary>Stores both files; a file already there is not rewritten.</summary>
    Task ArchiveAsync(string agencyId, int year, ReadOnlyMemory<byte> canonicalJson, Upload original, CancellationToken cancellationToken);

    /// <summary>The canonical data file with that hash, or <c>null</c> when it is not archived.</summary>
    Task<ReadOnlyMemory<byte>?> ReadCanonicalAsync(string agencyId, int year, string contentHash, CancellationToken cancellationToken);
}
