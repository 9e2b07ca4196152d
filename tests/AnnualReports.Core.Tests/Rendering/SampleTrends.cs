using AnnualReports.Demo;
using AnnualReports.Publishing;
using AnnualReports.Reports;
using AnnualReports.TestKit;

namespace AnnualReports.Core.Tests.Rendering;

/// <summary>
/// One agency's reports over five years, generated consistent (seeded): 2019 and 2020 in the 2019 layout, 2021–2023
/// in the 2021 layout; and their summaries, the 2019 one saved before figures were kept.
/// </summary>
internal static class SampleTrends
{
    public static IReadOnlyList<AnnualReport> Reports()
    {
        var rng = new Random(14);
        var reports = new List<AnnualReport> { ConsistentReports.Generate(rng, LayoutVersion.V2019).WithYear(2019) };
        reports.Add(ConsistentReports.Generate(rng, LayoutVersion.V2019, reports[^1]));
        for (var year = 2021; year <= 2023; year++)
        {
            reports.Add(ConsistentReports.Generate(rng, LayoutVersion.V2021, reports[^1]));
        }

        return reports;
    }

    /// <summary>The summaries as the reports table holds them; 2019's without figures (an entry saved before trends).</summary>
    public static IReadOnlyList<ReportSummary> Summaries() =>
    [
        .. Reports().Select(r => ReportSummary.From(
            r,
            new DateTimeOffset(r.Metadata.Year + 1, 1, 20, 9, 0, 0, TimeSpan.FromHours(8)),
            0,
            $"hash-{r.Metadata.Agency.Id}-{r.Metadata.Year}") is var s && s.Year == 2019 ? s with { Figures = null } : s),
    ];

    public static string AgencyId => Reports()[0].Metadata.Agency.Id;
}
