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

    /// <summary>
    /// The <see cref="ContentHash"/> of every archived canonical data file (of one agency, or of all when
    /// <paramref name="agencyId"/> is <c>null</c>), read without downloading them; <c>null</c> when the archive
    /// cannot list.
    /// </summary>
    Task<IReadOnlyDictionary<(string AgencyId, int Year), string>?> ListCanonicalHashesAsync(string? agencyId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<(string AgencyId, int Year), string>?>(null);
}
