using System.Collections.Concurrent;
using AnnualReports.Publishing.Ports;
using AnnualReports.Rendering;

namespace AnnualReports.Publishing;

/// <summary>
/// Brings a report's page and data file in line with its entry in the reports table. Each file is written by the
/// <see cref="SiteFilePublisher"/> loop (its version read before the entry, then a conditional write), so when two
/// uploads of one report race, the files end up as the entry that won, whoever writes last.
/// </summary>
public sealed class ReportFilesPublisher(IReportIndex index, CanonicalReader canonical, SiteRenderer renderer, SiteFilePublisher publisher)
{
    private readonly PreviousYearFiguresReader _previousYears = new(index, canonical);

    /// <summary>
    /// Publishes the files of <paramref name="agencyId"/>/<paramref name="year"/> as its entry names them now, the page
    /// compared with the previous year's entry as it is now; <paramref name="known"/> (files already rendered from
    /// some data and previous year) saves rendering them again.
    /// </summary>
    /// <returns>The outcome per file, or <c>null</c> when the report has no entry.</returns>
    /// <exception cref="InvalidDataException">The entry's data is missing, does not match its hash, or does not parse.</exception>
    public async Task<IReadOnlyList<PublishedFile>?> PublishCurrentAsync(
        string agencyId, int year, RenderedReport? known, CancellationToken cancellationToken)
    {
        var rendered = new ConcurrentDictionary<(string, string?), RenderedReport>();
        if (known is not null)
        {
            rendered[(known.ContentHash, known.PreviousContentHash)] = known;
        }

        async Task<SiteFile> Render(string path, CancellationToken ct)
        {
            var data = await canonical.ReadAsync(agencyId, year, ct).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The reports table entry {agencyId}/{year} disappeared while its files were published.");
            var previous = await _previousYears.ReadAsync(agencyId, year, ct).ConfigureAwait(false);
            var report = rendered.GetOrAdd((data.ContentHash, previous?.ContentHash), _ => RenderedReport.From(renderer, data.Content, agencyId, year, previous));
            return report.Files.Single(f => f.Path == path);
        }

        if (await index.GetAsync(agencyId, year, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        string[] paths = [SitePaths.ReportPage(agencyId, year), SitePaths.ReportData(agencyId, year)];
        var outcomes = new List<PublishedFile>(paths.Length);
        foreach (var path in paths)
        {
            outcomes.Add(await publisher.PublishAsync(path, ct => Render(path, ct), cancellationToken).ConfigureAwait(false));
        }

        return outcomes;
    }
}
