using AnnualReports.Publishing.Ports;

namespace AnnualReports.Publishing;

/// <summary>The storage ports the publishing use cases work on, bundled for injection.</summary>
public sealed record PublishingStores(
    IUploadStore Uploads,
    IUploadLog UploadLog,
    IReportIndex Index,
    IReportArchive Archive,
    IRejectionStore Rejections,
    ISiteStore Site,
    ISummaryStore Summaries);
