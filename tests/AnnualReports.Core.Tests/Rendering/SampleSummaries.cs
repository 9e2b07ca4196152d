using AnnualReports.Publishing;
using AnnualReports.Reports;
using AnnualReports.TestKit;

namespace AnnualReports.Core.Tests.Rendering;

/// <summary>A small fixed list of published reports for the index pages, the sitemap and the feed.</summary>
internal static class SampleSummaries
{
    public static readonly DateTimeOffset SeedPublishedAt = new(2022, 1, 21, 9, 30, 0, TimeSpan.FromHours(8));

    public static IReadOnlyList<ReportSummary> All() =>
    [
        ReportSummary.From(SampleReports.Weixian2021(), SeedPublishedAt, 0, "hash-weixian-2021"),
        ReportSummary.From(SampleReports.Sample2019(), new DateTimeOffset(2020, 1, 16, 10, 0, 0, TimeSpan.FromHours(8)), 1, "hash-example-2019"),
        Variant(SampleReports.Weixian2021(), 2022, new DateTimeOffset(2023, 1, 18, 8, 0, 0, TimeSpan.FromHours(8))),
        Variant(SampleReports.Sample2019(), 2020, new DateTimeOffset(2021, 1, 20, 16, 45, 0, TimeSpan.FromHours(8))),
        ReportSummary.From(Renamed(SampleReports.Weixian2021(), "weixian-gov", "威县人民政府", AgencyKind.PeoplesGovernment), new DateTimeOffset(2022, 3, 30, 12, 0, 0, TimeSpan.Zero), 2, "hash-weixian-gov-2021"),
    ];

    /// <summary>The same report for another year.</summary>
    private static ReportSummary Variant(AnnualReport report, int year, DateTimeOffset publishedAt) => ReportSummary.From(
        report with { Metadata = report.Metadata with { Year = year, PublishDate = DateOnly.FromDateTime(publishedAt.Date) } },
        publishedAt,
        0,
        $"hash-{report.Metadata.Agency.Id}-{year}");

    public static AnnualReport Renamed(AnnualReport report, string id, string name, AgencyKind kind) =>
        report with { Metadata = report.Metadata with { Agency = report.Metadata.Agency with { Id = id, Name = name, Kind = kind } } };
}
