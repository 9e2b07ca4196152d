using Microsoft.Extensions.Configuration;

namespace AnnualReports.Azure;

/// <summary>
/// Every storage setting, read from configuration (app settings use <c>__</c> for <c>:</c>).
/// The account itself comes from the <see cref="ConnectionName"/> setting, see <see cref="StorageClients"/>.
/// </summary>
public sealed record StorageOptions
{
    /// <summary>The named connection: a connection string, or <c>ReportsStorage__blobServiceUri</c> and friends.</summary>
    public const string ConnectionName = "ReportsStorage";

    /// <summary>The configuration section of the names below: <c>AnnualReports__WebContainer</c> etc.</summary>
    public const string SectionName = "AnnualReports";

    /// <summary>Private container the offices upload to; the blob trigger watches <c>incoming</c>.</summary>
    public string IncomingContainer { get; init; } = "incoming";

    /// <summary>Private archive of canonical data and original uploads.</summary>
    public string ArchiveContainer { get; init; } = "archive";

    /// <summary>Private rejection reports.</summary>
    public string RejectionsContainer { get; init; } = "rejections";

    /// <summary>The static website container.</summary>
    public string WebContainer { get; init; } = "$web";

    public string ReportsTable { get; init; } = "reports";

    public string UploadsTable { get; init; } = "uploads";

    /// <summary>Region summaries, the list of sitemap shards and the feed's rows (see <c>SummaryRows</c>).</summary>
    public string SummariesTable { get; init; } = "summaries";

    /// <summary>Queued whole-site regeneration runs and their batches' outcomes.</summary>
    public string RegenerationsTable { get; init; } = "regenerations";

    /// <summary>The queue of whole-site regeneration batches (its poison queue is <c>{name}-poison</c>).</summary>
    public string RegenerationQueue { get; init; } = "regenerate";

    /// <summary>The section of the public site's settings: <c>Site__BaseUrl</c>, <c>Site__Title</c>.</summary>
    public const string SiteSectionName = "Site";

    /// <summary>Absolute origin of the public site (<c>Site__BaseUrl</c>), used in the sitemap and feed; no trailing slash.</summary>
    public string SiteBaseUrl { get; init; } = "http://127.0.0.1:8080";

    /// <summary>Shown in the header of every page (<c>Site__Title</c>); the renderer's default when absent.</summary>
    public string? SiteTitle { get; init; }

    /// <summary>The licence line of the open data files (<c>Site__DataLicence</c>); the renderer's default when absent.</summary>
    public string? DataLicence { get; init; }

    public static StorageOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var site = configuration.GetSection(SiteSectionName);
        var defaults = new StorageOptions();
        return new StorageOptions
        {
            IncomingContainer = section[nameof(IncomingContainer)] ?? defaults.IncomingContainer,
            ArchiveContainer = section[nameof(ArchiveContainer)] ?? defaults.ArchiveContainer,
            RejectionsContainer = section[nameof(RejectionsContainer)] ?? defaults.RejectionsContainer,
            WebContainer = section[nameof(WebContainer)] ?? defaults.WebContainer,
            ReportsTable = section[nameof(ReportsTable)] ?? defaults.ReportsTable,
            UploadsTable = section[nameof(UploadsTable)] ?? defaults.UploadsTable,
            SummariesTable = section[nameof(SummariesTable)] ?? defaults.SummariesTable,
            RegenerationsTable = section[nameof(RegenerationsTable)] ?? defaults.RegenerationsTable,
            RegenerationQueue = section[nameof(RegenerationQueue)] ?? defaults.RegenerationQueue,
            SiteBaseUrl = (site["BaseUrl"] ?? defaults.SiteBaseUrl).TrimEnd('/'),
            SiteTitle = site["Title"],
            DataLicence = site["DataLicence"],
        };
    }
}
