using AnnualReports.Checking;
using AnnualReports.Findings;
using AnnualReports.Parsing;
using AnnualReports.Validation;
using AnnualReports.Publishing.Ports;
using AnnualReports.Reports;
using AnnualReports.Rendering;
using AnnualReports.Trends;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Publishing;

/// <summary>
/// Takes one upload from <c>incoming</c> to the public site: name check, parse, validate (with last year's report),
/// then either a private rejection report, or archive, report page and data, reports table, index pages — in that
/// order, so an index page never points at a missing report page; then its region's open data files. After the table, the report's files are brought
/// in line with the entry that won, so two uploads of one report racing leave the site as the table says.
/// Idempotent: a version processed before is skipped, and files whose bytes are already there are not rewritten.
/// </summary>
public sealed partial class UploadProcessor(
    PublishingStores stores,
    SiteRenderer renderer,
    SiteFilePublisher publisher,
    ReportFilesPublisher reportFiles,
    IndexPagePublisher indexPages,
    OpenData.RegionDataPublisher regionData,
    TimeProvider time,
    ILogger<UploadProcessor> logger)
{
    private const int MaxIndexAttempts = 10;
    private readonly PreviousYearReports _previousYears = new(new CanonicalReader(stores.Index, stores.Archive));
    private readonly UploadImportOptions _importOptions = new(stores.Index, stores.Summaries);
    private readonly UploadFailures failures = new(stores.UploadLog, time, logger);

    /// <summary>
    /// Processes the upload. When that fails (storage, never the content: bad content is a rejection), the failure is
    /// recorded with its reason and the time the sweep may retry it, and the exception goes on, so the event is
    /// delivered again.
    /// </summary>
    public async Task<UploadOutcome> ProcessAsync(string uploadName, CancellationToken cancellationToken)
    {
        string? version = null;
        try
        {
            return await ProcessVersionAsync(uploadName, v => version = v, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await failures.RecordAsync(uploadName, version, e, cancellationToken).ConfigureAwait(false);
            throw;
        }
    }

    private async Task<UploadOutcome> ProcessVersionAsync(string uploadName, Action<string> seen, CancellationToken cancellationToken)
    {
        if (UploadNames.Check(uploadName) is { } nameFinding)
        {
            return await RecordUnusableNameAsync(uploadName, FindingDigest.From(nameFinding), cancellationToken).ConfigureAwait(false);
        }

        if (await stores.Uploads.ReadAsync(uploadName, cancellationToken).ConfigureAwait(false) is not { } upload)
        {
            return new UploadOutcome.Missing(uploadName);
        }

        seen(upload.Version);
        if (await stores.UploadLog.GetAsync(uploadName, cancellationToken).ConfigureAwait(false) is { } previous
            && previous.IsDone(upload.Version))
        {
            return new UploadOutcome.AlreadyProcessed(uploadName, previous);
        }

        var parsed = await _importOptions.ReadAsync(upload.Content, uploadName, cancellationToken).ConfigureAwait(false);
        if (parsed.Report is not { } report || parsed.Findings.HasErrors())
        {
            return await RejectAsync(upload, null, parsed.Findings, cancellationToken).ConfigureAwait(false);
        }

        if (AgencyFolders.Check(uploadName, report) is { } outsideItsFolder)
        {
            return await RejectAsync(upload, report, parsed.With([outsideItsFolder]), cancellationToken).ConfigureAwait(false);
        }

        var previousYear = await _previousYears.LoadWithHashAsync(report.Metadata.Agency.Id, report.Metadata.Year, cancellationToken).ConfigureAwait(false);
        var findings = parsed.With(ReportValidator.Validate(report, new ValidationContext(previousYear?.Report)));
        if (findings.HasErrors())
        {
            return await RejectAsync(upload, report, findings, cancellationToken).ConfigureAwait(false);
        }

        var previousFigures = previousYear is { } loaded ? PreviousYearFigures.From(loaded.Report, loaded.ContentHash) : null;
        return await PublishAsync(upload, report, findings, previousFigures, cancellationToken).ConfigureAwait(false);
    }

    private async Task<UploadOutcome> PublishAsync(
        Upload upload, AnnualReport report, IReadOnlyList<Finding> warnings, PreviousYearFigures? previousYear, CancellationToken cancellationToken)
    {
        var (agencyId, year) = (report.Metadata.Agency.Id, report.Metadata.Year);
        // Every valid upload is archived, also one a newer upload supersedes: nothing an office sent is lost, and the
        // archive does not depend on the order in which deliveries happened to arrive.
        var canonical = CanonicalJson.WriteUtf8(report);
        await stores.Archive.ArchiveAsync(agencyId, year, canonical, upload, cancellationToken).ConfigureAwait(false);
        if (await NewerPublishedAsync(upload, agencyId, year, cancellationToken).ConfigureAwait(false) is { } newer)
        {
            return await RecordSupersededAsync(upload, agencyId, year, newer, cancellationToken).ConfigureAwait(false);
        }

        var rendered = ReportFiles.For(renderer, report, canonical, previousYear);
        var written = 0;
        foreach (var file in rendered.Files)
        {
            written += (await publisher.PublishAsync(file, cancellationToken).ConfigureAwait(false)).Written ? 1 : 0;
        }

        var digests = warnings.Select(FindingDigest.From).ToValueList();
        var newerInIndex = await SaveIndexEntryAsync(upload, report, canonical, rendered.ContentHash, digests, cancellationToken).ConfigureAwait(false);
        var settled = await reportFiles.PublishCurrentAsync(agencyId, year, rendered, cancellationToken).ConfigureAwait(false);
        written += settled?.Count(f => f.Written) ?? 0;
        if (newerInIndex is not null)
        {
            return await RecordSupersededAsync(upload, agencyId, year, newerInIndex, cancellationToken).ConfigureAwait(false);
        }

        written += await RefreshNextYearAsync(agencyId, year, cancellationToken).ConfigureAwait(false);
        var pages = await indexPages.RefreshAsync([agencyId], cancellationToken).ConfigureAwait(false);
        written += pages.Count(p => p.Result == PublishResult.Written);
        // The region's open data files are rebuilt by the RefreshRegionData timer, once for all of its uploads.
        await regionData.MarkAgencyDueAsync(agencyId, cancellationToken).ConfigureAwait(false);

        var url = SitePaths.ReportUrl(agencyId, year);
        await stores.UploadLog.RecordAsync(
            new UploadRecord(upload.Name, upload.Version, time.GetUtcNow(), UploadStatus.Accepted, agencyId, year, url, null, 0, digests.Count,
                Capped(digests)),
            cancellationToken).ConfigureAwait(false);
        LogAccepted(logger, upload.Name, agencyId, year, digests.Count, written);
        return new UploadOutcome.Accepted(upload.Name, agencyId, year, url, digests, written);
    }

    /// <summary>
    /// The next year's report page compares against this one: brought in line when that report is published (one
    /// entry of the same agency; nothing is written when its page is already as wanted). Unreadable data of the next
    /// year must not fail this upload: it is logged and left for a regeneration to report.
    /// </summary>
    private async Task<int> RefreshNextYearAsync(string agencyId, int year, CancellationToken cancellationToken)
    {
        try
        {
            var files = await reportFiles.PublishCurrentAsync(agencyId, year + 1, null, cancellationToken).ConfigureAwait(false);
            return files?.Count(f => f.Written) ?? 0;
        }
        catch (InvalidDataException e)
        {
            LogNextYearUnreadable(logger, agencyId, year + 1, e.Message);
            return 0;
        }
    }

    /// <summary>
    /// Saves the report's entry with an optimistic replace. Keeps the first publication time while the content is the
    /// same, writes nothing when the entry is already as wanted, and answers the newer upload's name if one won.
    /// </summary>
    private async Task<string?> SaveIndexEntryAsync(
        Upload upload, AnnualReport report, ReadOnlyMemory<byte> canonical, string contentHash, ValueList<FindingDigest> warnings,
        CancellationToken cancellationToken)
    {
        var (agencyId, year) = (report.Metadata.Agency.Id, report.Metadata.Year);
        for (var attempt = 1; attempt <= MaxIndexAttempts; attempt++)
        {
            var existing = await stores.Index.GetAsync(agencyId, year, cancellationToken).ConfigureAwait(false);
            if (existing is not null && IsNewer(existing, upload))
            {
                return existing.SourceUpload;
            }

            var publishedAt = existing?.Summary.ContentHash == contentHash ? existing.Summary.PublishedAt : time.GetUtcNow();
            var entry = new IndexedReport(
                ReportSummary.From(report, publishedAt, warnings.Count, contentHash),
                ReportStatus.Published,
                upload.Name,
                upload.Version,
                upload.UploadedAt,
                warnings);
            if (existing is not null && existing with { ETag = null } == entry)
            {
                return null;
            }

            if (await stores.Index.SaveAsync(entry, canonical, existing?.ETag, cancellationToken).ConfigureAwait(false) == WriteResult.Written)
            {
                return null;
            }

            LogIndexConflict(logger, agencyId, year, attempt);
        }

        throw new InvalidOperationException($"The reports table entry {agencyId}/{year} kept changing under {MaxIndexAttempts} attempts.");
    }

    private async Task<string?> NewerPublishedAsync(Upload upload, string agencyId, int year, CancellationToken cancellationToken) =>
        await stores.Index.GetAsync(agencyId, year, cancellationToken).ConfigureAwait(false) is { } existing && IsNewer(existing, upload)
            ? existing.SourceUpload
            : null;

    private static bool IsNewer(IndexedReport existing, Upload upload) =>
        existing.SourceUpload != upload.Name && existing.SourceUploadedAt > upload.UploadedAt;

    private async Task<UploadOutcome> RejectAsync(Upload upload, AnnualReport? report, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        var document = FindingsDocument.From(upload.Name, findings);
        var path = await stores.Rejections.WriteAsync(
            upload.Name, renderer.RenderRejectionPage(upload.Name, findings), document.ToUtf8Json(), cancellationToken).ConfigureAwait(false);
        var digests = findings.Select(FindingDigest.From).ToValueList();
        await stores.UploadLog.RecordAsync(
            new UploadRecord(upload.Name, upload.Version, time.GetUtcNow(), UploadStatus.Rejected, report?.Metadata.Agency.Id, report?.Metadata.Year,
                null, path, document.ErrorCount, document.WarningCount, Capped(digests)),
            cancellationToken).ConfigureAwait(false);
        LogRejected(logger, upload.Name, document.ErrorCount, findings.First(f => f.IsError).RuleId);
        return new UploadOutcome.Rejected(upload.Name, digests, path);
    }

    private async Task<UploadOutcome> RecordSupersededAsync(Upload upload, string agencyId, int year, string newer, CancellationToken cancellationToken)
    {
        await stores.UploadLog.RecordAsync(
            new UploadRecord(upload.Name, upload.Version, time.GetUtcNow(), UploadStatus.Superseded, agencyId, year, SitePaths.ReportUrl(agencyId, year),
                null, 0, 0, ValueList<FindingDigest>.Empty),
            cancellationToken).ConfigureAwait(false);
        LogSuperseded(logger, upload.Name, newer);
        return new UploadOutcome.Superseded(upload.Name, newer);
    }

    private async Task<UploadOutcome> RecordUnusableNameAsync(string uploadName, FindingDigest finding, CancellationToken cancellationToken)
    {
        if (await stores.UploadLog.GetAsync(uploadName, cancellationToken).ConfigureAwait(false) is null)
        {
            await stores.UploadLog.RecordAsync(
                new UploadRecord(uploadName, "", time.GetUtcNow(), UploadStatus.UnusableName, null, null, null, null, 1, 0, ValueList.Of(finding)),
                cancellationToken).ConfigureAwait(false);
        }

        LogUnusableName(logger, uploadName);
        return new UploadOutcome.UnusableName(uploadName, finding);
    }

    private static ValueList<FindingDigest> Capped(ValueList<FindingDigest> findings) =>
        findings.Count <= UploadRecord.MaxFindings ? findings : findings.Take(UploadRecord.MaxFindings).ToValueList();

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload {UploadName} published {AgencyId}/{Year} with {WarningCount} warnings; {FilesWritten} files written")]
    private static partial void LogAccepted(ILogger logger, string uploadName, string agencyId, int year, int warningCount, int filesWritten);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upload {UploadName} rejected with {ErrorCount} errors, first {RuleId}")]
    private static partial void LogRejected(ILogger logger, string uploadName, int errorCount, string ruleId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload {UploadName} skipped: the newer upload {NewerUpload} is published")]
    private static partial void LogSuperseded(ILogger logger, string uploadName, string newerUpload);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upload name {UploadName} is unusable (U-NAME)")]
    private static partial void LogUnusableName(ILogger logger, string uploadName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The page of {AgencyId}/{Year} was not refreshed against the year before: its stored data is unreadable ({Reason})")]
    private static partial void LogNextYearUnreadable(ILogger logger, string agencyId, int year, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reports table entry {AgencyId}/{Year} changed meanwhile; attempt {Attempt} starts over")]
    private static partial void LogIndexConflict(ILogger logger, string agencyId, int year, int attempt);
}
