using AnnualReports.Reports;

namespace AnnualReports.Trends;

/// <summary>
/// The previous year's report of the same agency as a report page compares against it: its year, layout, headline
/// figures and the hash of the data they come from (part of what the page is rendered from).
/// </summary>
public sealed record PreviousYearFigures(int Year, LayoutVersion Layout, HeadlineFigures Figures, string ContentHash)
{
    public static PreviousYearFigures From(AnnualReport report, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Metadata.Year, report.Layout, HeadlineFigures.From(report), contentHash);
    }
}
