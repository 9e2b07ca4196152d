namespace AnnualReports.Publishing;

/// <summary>Every way the processing of an upload can end.</summary>
public abstract record UploadOutcome(string UploadName)
{
    /// <summary>Valid: published at <paramref name="Url"/>.</summary>
    public sealed record Accepted(string UploadName, string AgencyId, int Year, string Url, IReadOnlyList<FindingDigest> Warnings, int FilesWritten)
        : UploadOutcome(UploadName);

    /// <summary>Did not validate: nothing published; the rejection report is at <paramref name="RejectionPath"/>.</summary>
    public sealed record Rejected(string UploadName, IReadOnlyList<FindingDigest> Findings, string RejectionPath) : UploadOutcome(UploadName);

    /// <summary>Valid, but a newer upload of the same report is already published; nothing written.</summary>
    public sealed record Superseded(string UploadName, string NewerUpload) : UploadOutcome(UploadName);

    /// <summary>This version of the upload was processed before; nothing written.</summary>
    public sealed record AlreadyProcessed(string UploadName, UploadRecord Previous) : UploadOutcome(UploadName);

    /// <summary>The name cannot be used (path tricks); nothing read or published.</summary>
    public sealed record UnusableName(string UploadName, FindingDigest Finding) : UploadOutcome(UploadName);

    /// <summary>There is no such upload (deleted before it was processed).</summary>
    public sealed record Missing(string UploadName) : UploadOutcome(UploadName);
}
