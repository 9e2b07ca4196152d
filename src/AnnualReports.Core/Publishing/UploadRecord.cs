using AnnualReports.Reports;

namespace AnnualReports.Publishing;

/// <summary>One entry of the uploads table: what became of an upload, for <c>GET /api/uploads/{name}</c>.</summary>
/// <param name="UploadVersion">ETag of the upload processed; the same name and version is never processed twice.</param>
/// <param name="PublishedUrl">Site-relative URL of the report page, when published.</param>
/// <param name="RejectionPath">Prefix of the rejection report in the private rejections container, when rejected.</param>
/// <param name="Findings">Errors and warnings (the first <see cref="MaxFindings"/>).</param>
/// <param name="FailureReason">Why processing failed (<see cref="UploadStatus.Failed"/> only): never the content, which is rejected instead.</param>
/// <param name="Attempts">How many times in a row this version failed (<see cref="UploadStatus.Failed"/> only).</param>
/// <param name="RetryAfter">When the sweep may try a failed version again (backoff; <see cref="UploadStatus.Failed"/> only).</param>
public sealed record UploadRecord(
    string UploadName,
    string UploadVersion,
    DateTimeOffset ProcessedAt,
    UploadStatus Status,
    string? AgencyId,
    int? Year,
    string? PublishedUrl,
    string? RejectionPath,
    int ErrorCount,
    int WarningCount,
    ValueList<FindingDigest> Findings,
    string? FailureReason = null,
    int Attempts = 0,
    DateTimeOffset? RetryAfter = null)
{
    public const int MaxFindings = 50;

    /// <summary>The version is finished with: anything but a failure waiting to be retried.</summary>
    public bool IsDone(string version) => IsOf(version) && Status != UploadStatus.Failed;

    /// <summary>Whether the record is of <paramref name="version"/>; records written before versions lost their quotes still match.</summary>
    public bool IsOf(string version) =>
        string.Equals(UploadVersion.Trim('"'), version?.Trim('"'), StringComparison.Ordinal);
}

public enum UploadStatus
{
    /// <summary>Valid and published.</summary>
    Accepted,

    /// <summary>Did not validate: nothing published, a rejection report written.</summary>
    Rejected,

    /// <summary>Valid, but a newer upload of the same report is already published.</summary>
    Superseded,

    /// <summary>The name itself cannot be used (path tricks); nothing read or written.</summary>
    UnusableName,

    /// <summary>
    /// Processing failed for a reason other than the content (storage unavailable, say); the event is redelivered and
    /// the sweep retries it with backoff. Ends as one of the others once processing succeeds.
    /// </summary>
    Failed,
}
