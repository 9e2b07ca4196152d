using AnnualReports.Parsing;
using AnnualReports.Rendering;
using AnnualReports.Trends;

namespace AnnualReports.Publishing;

/// <summary>A report's site files rendered from one canonical data file.</summary>
/// <param name="ContentHash">The hash of the canonical data the files were rendered from.</param>
public sealed record RenderedReport(string ContentHash, IReadOnlyList<SiteFile> Files)
{
    /// <summary>The hash of the previous year's data the page compares against, or <c>null</c> for none.</summary>
    public string? PreviousContentHash { get; init; }

    /// <summary>The report's headline figures, as its table entry keeps them.</summary>
    public HeadlineFigures? Figures { get; init; }

    /// <summary>The report's table cells (<see cref="Totals.CellVector"/>), as its table entry keeps them.</summary>
    public string? Cells { get; init; }

    /// <summary>Renders the stored data of <paramref name="agencyId"/>/<paramref name="year"/>.</summary>
    /// <exception cref="InvalidDataException">The data does not parse, or names another report.</exception>
    public static RenderedReport From(SiteRenderer renderer, ReadOnlyMemory<byte> canonicalJson, string agencyId, int year, PreviousYearFigures? previous)
    {
        var parsed = DataFileParser.Parse(canonicalJson.Span, PreviousYearReports.ArchivedFileName);
        var report = parsed.Report
            ?? throw new InvalidDataException($"The stored data file does not parse: {(parsed.Findings.Count > 0 ? parsed.Findings[0] : null)}");
        if (report.Metadata.Agency.Id != agencyId || report.Metadata.Year != year)
        {
            throw new InvalidDataException($"The data stored for {agencyId}/{year} is the report of {report.Metadata.Agency.Id}/{report.Metadata.Year}.");
        }

        return ReportFiles.For(renderer, report, canonicalJson, previous);
    }
}
