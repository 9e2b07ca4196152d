using AnnualReports.Azure.Blobs;
using AnnualReports.Azure.Queues;
using AnnualReports.Azure.Tables;
using AnnualReports.OpenData;
using AnnualReports.OpenData.Ports;
using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using AnnualReports.Regeneration;
using AnnualReports.Regeneration.Ports;
using AnnualReports.Rendering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AnnualReports.Azure;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The storage adapters of every publishing port, on the account named by the <c>ReportsStorage</c> setting.</summary>
    public static IServiceCollection AddAnnualReportsStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(StorageOptions.From(configuration));
        services.TryAddSingleton(_ => StorageClients.From(configuration));
        services.TryAddSingleton(sp => CreateStores(sp.GetRequiredService<StorageClients>(), sp.GetRequiredService<StorageOptions>()));
        services.TryAddSingleton<ISiteManifestStore>(sp => new BlobSiteManifestStore(
            sp.GetRequiredService<StorageClients>().Blobs.GetBlobContainerClient(sp.GetRequiredService<StorageOptions>().ArchiveContainer)));
        services.TryAddSingleton<StorageProvisioner>();
        return services;
    }

    /// <summary>Storage plus the publishing use cases (upload processing, regeneration, dry run, upload status).</summary>
    public static IServiceCollection AddAnnualReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAnnualReportsStorage(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => SiteOptionsFrom(sp.GetRequiredService<StorageOptions>()));
        services.TryAddSingleton(sp => new SiteRenderer(sp.GetRequiredService<SiteOptions>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<PublishingStores>().Index);
        services.TryAddSingleton(sp => sp.GetRequiredService<PublishingStores>().Archive);
        services.TryAddSingleton(sp => sp.GetRequiredService<PublishingStores>().UploadLog);
        services.TryAddSingleton(sp => sp.GetRequiredService<PublishingStores>().Site);
        services.TryAddSingleton(sp => sp.GetRequiredService<PublishingStores>().Summaries);
        services.TryAddSingleton(SiteLimits.Default);
        services.TryAddSingleton<SiteFilePublisher>();
        services.TryAddSingleton<CanonicalReader>();
        services.TryAddSingleton<ReportFilesPublisher>();
        services.TryAddSingleton<IndexPagePublisher>();
        services.TryAddSingleton<PreviousYearReports>();
        services.TryAddSingleton<UploadImportOptions>();
        services.TryAddSingleton<UploadProcessor>();
        services.TryAddSingleton<SiteRegenerator>();
        services.TryAddSingleton<DryRunValidator>();
        services.TryAddSingleton<UploadStatusQuery>();
        services.TryAddSingleton(sp => sp.GetRequiredService<PublishingStores>().Uploads);
        services.TryAddSingleton<IncomingSweep>();
        services.AddOpenData();
        services.AddRegeneration(configuration);
        return services;
    }

    /// <summary>The open data files: per region on upload, site-wide on a schedule and after whole-site runs.</summary>
    public static IServiceCollection AddOpenData(this IServiceCollection services)
    {
        services.TryAddSingleton<IScratchStreams, TempFileScratchStreams>();
        services.TryAddSingleton<CanonicalRows>();
        services.TryAddSingleton<DataFilePublisher>();
        services.TryAddSingleton<RegionDataPublisher>();
        services.TryAddSingleton<SiteDataPublisher>();
        return services;
    }

    /// <summary>Whole-site regeneration through the queue: the planner, the batch handler, the runs table and the queues.</summary>
    public static IServiceCollection AddRegeneration(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(sp => RegenerationQueues.FromService(
            RegenerationQueues.ServiceFrom(configuration), sp.GetRequiredService<StorageOptions>().RegenerationQueue));
        services.TryAddSingleton<IRegenerationBatches>(sp => new QueueRegenerationBatches(sp.GetRequiredService<RegenerationQueues>().Work));
        services.TryAddSingleton<IRegenerationRuns>(sp => new TableRegenerationRuns(
            sp.GetRequiredService<StorageClients>().Tables.GetTableClient(sp.GetRequiredService<StorageOptions>().RegenerationsTable)));
        services.TryAddSingleton<RegenerationPlanner>();
        services.TryAddSingleton<RegenerationBatchHandler>();
        services.TryAddSingleton<BatchMessageHandler>();
        services.TryAddSingleton<RegenerationQueueConsumer>();
        return services;
    }

    public static PublishingStores CreateStores(StorageClients clients, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(options);
        return new PublishingStores(
            new BlobUploadStore(clients.Blobs.GetBlobContainerClient(options.IncomingContainer)),
            new TableUploadLog(clients.Tables.GetTableClient(options.UploadsTable)),
            new TableReportIndex(clients.Tables.GetTableClient(options.ReportsTable)),
            new BlobReportArchive(clients.Blobs.GetBlobContainerClient(options.ArchiveContainer)),
            new BlobRejectionStore(clients.Blobs.GetBlobContainerClient(options.RejectionsContainer)),
            new BlobSiteStore(clients.Blobs.GetBlobContainerClient(options.WebContainer)),
            new TableSummaryStore(clients.Tables.GetTableClient(options.SummariesTable)));
    }

    private static SiteOptions SiteOptionsFrom(StorageOptions options)
    {
        var site = options.SiteTitle is { Length: > 0 } title ? new SiteOptions(options.SiteBaseUrl, title) : new SiteOptions(options.SiteBaseUrl);
        return options.DataLicence is { Length: > 0 } licence ? site with { DataLicence = licence } : site;
    }
}
