using AnnualReports.Publishing.Ports;

namespace AnnualReports.Publishing;

/// <summary>
/// Reads the canonical data of a published report: from its table entry, or from the archive (by hash) when the
/// entry could not hold it. Bytes that do not match the hash the entry names are never used.
/// </summary>
public sealed class CanonicalReader(IReportIndex index, IReportArchive archive)
{
    /// <summary>The data of the report's current entry, or <c>null</c> when the report is not published.</summary>
    /// <exception cref="InvalidDataException">The entry names data that is missing or does not match its hash.</exception>
    public async Task<(string ContentHash, ReadOnlyMemory<byte> Content)?> ReadAsync(string agencyId, int year, CancellationToken cancellationToken) =>
        await index.ReadCanonicalAsync(agencyId, year, cancellationToken).ConfigureAwait(false) is { } stored
            ? (stored.ContentHash, await ResolveAsync(stored, cancellationToken).ConfigureAwait(false))
            : null;

    /// <summary>The bytes of <paramref name="stored"/>, read from the archive when the entry did not hold them.</summary>
    /// <exception cref="InvalidDataException">The data is missing or does not match its hash.</exception>
    public async Task<ReadOnlyMemory<byte>> ResolveAsync(StoredCanonical stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var content = stored.Content
            ?? await archive.ReadCanonicalAsync(stored.AgencyId, stored.Year, stored.ContentHash, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"The archive has no canonical data file {stored.ContentHash} for {stored.AgencyId}/{stored.Year}.");
        return ContentHash.Of(content.Span) == stored.ContentHash
            ? content
            : throw new InvalidDataException($"The canonical data of {stored.AgencyId}/{stored.Year} does not match its hash {stored.ContentHash}.");
    }
}
