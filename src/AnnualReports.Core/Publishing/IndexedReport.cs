using AnnualReports.Reports;

namespace AnnualReports.Publishing;

/// <summary>One entry of the reports table: the published report's summary and where it came from.</summary>
/// <param name="SourceUpload">Name of the upload that published this version.</param>
/// <param name="SourceVersion">ETag of that upload.</param>
/// <param name="SourceUploadedAt">When that upload was written; an older upload never replaces a newer one.</param>
/// <param name="Warnings">The validator's warnings, kept for the operator.</param>
/// <param name="ETag">The table entity's ETag when read, for an optimistic replace.</param>
public sealed record IndexedReport(
    ReportSummary Summary,
    ReportStatus Status,
    string SourceUpload,
    string SourceVersion,
    DateTimeOffset SourceUploadedAt,
    ValueList<FindingDigest> Warnings,
    string? ETag = null)
{
    public string AgencyId => Summary.AgencyId;

    public int Year => Summary.Year;
}

public enum ReportStatus
{
    Published,
}
