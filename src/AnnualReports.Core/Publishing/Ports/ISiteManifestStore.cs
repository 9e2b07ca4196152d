namespace AnnualReports.Publishing.Ports;

/// <summary>
/// A private copy of the versions of the site's files as the last whole-site regeneration left them (a cached
/// listing of <c>$web</c>), so the next one need not list the site. It is only a hint: every write is still
/// conditional on the version, and a stale entry costs one conflict and a fresh read.
/// </summary>
public interface ISiteManifestStore
{
    /// <summary>The versions saved last, or <c>null</c> when there is no usable manifest.</summary>
    Task<IReadOnlyDictionary<string, PageVersion>?> ReadAsync(CancellationToken cancellationToken);

    Task WriteAsync(IReadOnlyDictionary<string, PageVersion> versions, CancellationToken cancellationToken);
}
