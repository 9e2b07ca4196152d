using AnnualReports.Trends;

namespace AnnualReports.Rendering.Views;

/// <summary>
/// One year of a trend: an agency's report, or a region's totals (<see cref="Url"/> empty: no page to link).
/// <see cref="Received"/> and <see cref="Completed"/> are <c>null</c> when unknown; so are the <see cref="Figures"/>.
/// </summary>
internal sealed record TrendPoint(int Year, string Url, int? Received, int? Completed, HeadlineFigures? Figures);
