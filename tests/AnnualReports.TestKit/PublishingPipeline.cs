using AnnualReports.OpenData;
using AnnualReports.OpenData.Ports;
using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using AnnualReports.Rendering;
using Microsoft.Extensions.Logging.Abstractions;

namespace AnnualReports.TestKit;

/// <summary>The publishing use cases wired by hand on a set of stores, as the DI container wires them in the apps.</summary>
public sealed class PublishingPipeline
{
    public PublishingPipeline(
        PublishingStores stores,
        ISiteManifestStore manifest,
        SiteRenderer? renderer = null,
        int parallelism = SiteRegenerator.DefaultParallelism,
        SiteLimits? limits = null,
        TimeProvider? time = null,
        IScratchStreams? scratch = null)
    {
        time ??= TimeProvider.System;
        ArgumentNullException.ThrowIfNull(stores);
        Stores = stores;
        Renderer = renderer ?? new SiteRenderer(SiteOptions.Local);
        Publisher = new SiteFilePublisher(stores.Site, time, NullLogger<SiteFilePublisher>.Instance);
        Canonical = new CanonicalReader(stores.Index, stores.Archive);
        ReportFiles = new ReportFilesPublisher(stores.Index, Canonical, Renderer, Publisher);
        IndexPages = new IndexPagePublisher(
            stores.Index, stores.Summaries, Renderer, Publisher, limits ?? SiteLimits.Default, time, NullLogger<IndexPagePublisher>.Instance)
        {
            Parallelism = parallelism,
        };
        Rows = new CanonicalRows(stores.Index, Canonical, NullLogger<CanonicalRows>.Instance);
        DataFiles = new DataFilePublisher(stores.Site, time, NullLogger<DataFilePublisher>.Instance);
        RegionData = new RegionDataPublisher(stores.Index, stores.Summaries, Rows, DataFiles, Renderer.Options, scratch ?? MemoryScratchStreams.Instance, time);
        OpenData = new SiteDataPublisher(
            stores.Index, Rows, DataFiles, Publisher, RegionData, Renderer, scratch ?? MemoryScratchStreams.Instance, NullLogger<SiteDataPublisher>.Instance);
        Processor = new UploadProcessor(stores, Renderer, Publisher, ReportFiles, IndexPages, RegionData, time, NullLogger<UploadProcessor>.Instance);
        Sweep = new IncomingSweep(stores.Uploads, stores.UploadLog, Processor, time, NullLogger<IncomingSweep>.Instance);
        Regenerator = new SiteRegenerator(
            stores.Index, Canonical, Renderer, Publisher, ReportFiles, IndexPages, manifest, OpenData, RegionData, NullLogger<SiteRegenerator>.Instance)
        {
            Parallelism = parallelism,
        };
    }

    public PublishingStores Stores { get; }

    public SiteRenderer Renderer { get; }

    public SiteFilePublisher Publisher { get; }

    public CanonicalReader Canonical { get; }

    public ReportFilesPublisher ReportFiles { get; }

    public IndexPagePublisher IndexPages { get; }

    public CanonicalRows Rows { get; }

    public DataFilePublisher DataFiles { get; }

    public RegionDataPublisher RegionData { get; }

    public SiteDataPublisher OpenData { get; }

    public UploadProcessor Processor { get; }

    public SiteRegenerator Regenerator { get; }

    public IncomingSweep Sweep { get; }
}
