using System.Globalization;
using System.Text;
using AnnualReports.Demo;
using AnnualReports.Publishing;
using AnnualReports.Regions;
using AnnualReports.Rendering;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using static AnnualReports.Core.Tests.Rendering.AgencyTrendsPageTests;

namespace AnnualReports.Core.Tests.Rendering;

/// <summary>
/// A region page's 地区汇总, read back from the HTML and the SVG (XML): each chart's bars and each table's cells
/// against sums taken straight from the reports' tables, blanks as 0, the 2019 layout apart.
/// </summary>
public class RegionTotalsPageTests
{
    private static readonly SiteRenderer Renderer = new(SiteOptions.Local);

    /// <summary>
    /// 邢台市 (130500): one agency of its own (2023), and in 威县 three: A 2019–2023 (2019 and 2020 in the 2019
    /// layout), B 2021 (in the 2019 layout, as some offices still wrote it) to 2023, C 2022 saved before cells were kept.
    /// </summary>
    private static readonly List<(AnnualReport Report, string Code, bool Known)> Reports = Sample();

    private static readonly string Html = Renderer.RenderRegionPage(Listing(Reports), 1, 100);

    [Fact]
    public void TheReceivedChartDrawsEachYearsSumOverBothLayouts()
    {
        var groups = Groups(AgencyTrendsPageTests.Charts(Html)["trend-received"]);
        Assert.Equal(["2019", "2020", "2021", "2022", "2023"], groups.Select(g => g.Label));
        var expected = Enumerable.Range(2019, 5).Select(y => Known(y).Sum(r => r.Applications[Table3Row.Received].Total ?? 0)).ToList();
        Assert.True(expected.Distinct().Count() > 1, "The sample must vary from year to year for this test to mean anything.");
        Assert.Equal(expected.Select(v => v.ToString(CultureInfo.InvariantCulture)), groups.Select(g => Assert.Single(g.Bars).Text));
        var max = expected.Max();
        Assert.Equal(expected.Select(v => Math.Round(v * 100.0 / max, 1, MidpointRounding.AwayFromZero)), groups.Select(g => g.Bars[0].Height));
    }

    [Fact]
    public void EachOutcomeChartDrawsTheSummedShareOfTheSummedTotal()
    {
        var charts = AgencyTrendsPageTests.Charts(Html);
        foreach (var (slug, group) in new[] { ("granted", "（一）予以公开"), ("refused", "（三）不予公开"), ("not-processed", "（五）不予处理") })
        {
            var bars = Groups(charts[$"trend-share-{slug}"]).Select(g => Assert.Single(g.Bars)).ToList();
            for (var year = 2019; year <= 2023; year++)
            {
                var known = Known(year);
                var completed = known.Sum(r => r.Applications[Table3Row.Total].Total ?? 0);
                var count = known.Sum(r => Table3Layout.For(r.Layout).Rows.Where(d => d.Group == group).Sum(d => r.Applications[d.Row].Total ?? 0));
                var share = Math.Round(100.0 * count / completed, 1, MidpointRounding.AwayFromZero);
                Assert.Equal(share.ToString("0.0", CultureInfo.InvariantCulture) + "%", bars[year - 2019].Text);
                Assert.Equal(share, bars[year - 2019].Height);
            }
        }
    }

    [Fact]
    public void TheReviewAndLawsuitChartsDrawTheSummedTotalsAndCorrectedResults()
    {
        var charts = AgencyTrendsPageTests.Charts(Html);
        for (var year = 2019; year <= 2023; year++)
        {
            var known = Known(year);
            var reviews = (known.Sum(r => r.ReviewsAndLitigation.AdministrativeReview.Total ?? 0), known.Sum(r => r.ReviewsAndLitigation.AdministrativeReview.Corrected ?? 0));
            var lawsuits = (
                known.Sum(r => (r.ReviewsAndLitigation.LitigationWithoutReview.Total ?? 0) + (r.ReviewsAndLitigation.LitigationAfterReview.Total ?? 0)),
                known.Sum(r => (r.ReviewsAndLitigation.LitigationWithoutReview.Corrected ?? 0) + (r.ReviewsAndLitigation.LitigationAfterReview.Corrected ?? 0)));
            Assert.Equal([CellText.Of(reviews.Item1), CellText.Of(reviews.Item2)], Groups(charts["trend-reviews"])[year - 2019].Bars.Select(b => b.Text));
            Assert.Equal([CellText.Of(lawsuits.Item1), CellText.Of(lawsuits.Item2)], Groups(charts["trend-lawsuits"])[year - 2019].Bars.Select(b => b.Text));
        }
    }

    [Fact]
    public void TheYearTableListsEachLayoutApartWithTheReportsAndTheAgenciesWithoutOne()
    {
        var rows = HtmlTableGrid.Parse(Html).QuerySelectorAll("#region-totals-table tbody tr")
            .Select(r => r.Children.Take(4).Select(c => c.TextContent).ToList()).ToList();
        string Received(int year, LayoutVersion layout) =>
            CellText.Of(Reports.Where(r => r.Known && r.Report.Metadata.Year == year && r.Report.Layout == layout).Sum(r => r.Report.Applications[Table3Row.Received].Total ?? 0));

        // Four agencies in all; 2022's report of C is counted as published (no agency without one) but not summed.
        Assert.Equal(
            [
                ["2019年（2019年格式）", "1", "3", Received(2019, LayoutVersion.V2019)],
                ["2020年（2019年格式）", "1", "3", Received(2020, LayoutVersion.V2019)],
                ["2021年（2019年格式）", "1", "2", Received(2021, LayoutVersion.V2019)],
                ["2021年", "1", "2", Received(2021, LayoutVersion.V2021)],
                ["2022年", "2", "1", Received(2022, LayoutVersion.V2021)],
                ["2023年", "3", "1", Received(2023, LayoutVersion.V2021)],
            ],
            rows);
        Assert.Contains("2022年度有1份报告在本网站记录表格数据之前发布，未计入汇总", Html, StringComparison.Ordinal);
        Assert.Contains("不是任何机关发布的年度报告", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLatestYearsTablesThreeAndFourAreTheSumsOfItsReports()
    {
        var document = HtmlTableGrid.Parse(Html);
        var latest = Known(2023);
        var table3 = HtmlTableGrid.Of(document, "表三　收到和处理政府信息公开申请情况");
        var table4 = document.QuerySelector("#totals-2023-2021-table4-caption")!.ParentElement!;
        Assert.Contains("2023年度汇总（2021年格式，3份报告）", Html, StringComparison.Ordinal);
        Assert.Equal(CellText.Of(latest.Sum(r => r.Applications[Table3Row.Total].Total ?? 0)), table3[table3.FindRow(["三、本年度办理结果", "（七）总计"]), 9]!.TextContent);
        var cells = table4.QuerySelectorAll("tbody td").Select(td => td.TextContent).ToList();
        Assert.Equal(Enumerable.Range(0, 15).Select(i => CellText.Of(latest.Sum(r => r.ReviewsAndLitigation.Cells.ElementAt(i) ?? 0))), cells);

        // Every id on the page is unique (two 表三 never share a caption id).
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void TheSameReportsInAnyOrderRenderTheSameBytesAndManyYearsStayUnder200KB()
    {
        Assert.Equal(Html, Renderer.RenderRegionPage(Listing([.. Enumerable.Reverse(Reports)]), 1, 100));
        Assert.Null(HtmlTableGrid.Parse(Renderer.RenderRegionPage(Listing(Reports), 2, 1)).QuerySelector("#totals-heading"));

        // Twenty years, each in both layouts, from 30 agencies: the page stays within budget.
        var rng = new Random(30);
        var many = new List<(AnnualReport, string, bool)>();
        for (var a = 0; a < 30; a++)
        {
            for (var year = 2005; year < 2025; year++)
            {
                var report = ConsistentReports.Generate(rng, a % 2 == 0 ? LayoutVersion.V2019 : LayoutVersion.V2021).WithYear(year)
                    .WithAgency(g => g with { Id = $"agency-{a.ToString(CultureInfo.InvariantCulture)}", Name = $"第{a.ToString(CultureInfo.InvariantCulture)}局" });
                many.Add((report, "130533", true));
            }
        }

        var page = Renderer.RenderRegionPage(Listing(many), 1, 100);
        Assert.True(Encoding.UTF8.GetByteCount(page) < 200_000, $"The region page with 20 years is {Encoding.UTF8.GetByteCount(page)} bytes.");
    }

    [Fact]
    public void RegionPageWithTotalsMatchesItsGoldenFile() => GoldenFile.Verify("region-130500-totals.html", Html);

    private static List<AnnualReport> Known(int year) => [.. Reports.Where(r => r.Known && r.Report.Metadata.Year == year).Select(r => r.Report)];

    private static RegionListing Listing(IEnumerable<(AnnualReport Report, string Code, bool Known)> reports)
    {
        var summaries = reports.Select(r => ReportSummary.From(r.Report, DateTimeOffset.UnixEpoch.AddDays(r.Report.Metadata.Year), 0, "h") is var s
            ? (r.Known ? s : s with { Cells = null }) with { RegionCode = r.Code }
            : null!);
        var agencies = summaries.GroupBy(s => s.AgencyId).Select(g => AgencyListing.From(g)!);
        return RegionTree.Listings(agencies, Divisions.Embedded)["130500"];
    }

    private static List<(AnnualReport, string, bool)> Sample()
    {
        var rng = new Random(14);
        AnnualReport Of(string id, string name, LayoutVersion layout, int year) =>
            ConsistentReports.Generate(rng, layout).WithYear(year).WithAgency(a => a with { Id = id, Name = name });
        return
        [
            (Of("a-office", "威县甲局", LayoutVersion.V2019, 2019), "130533", true),
            (Of("a-office", "威县甲局", LayoutVersion.V2019, 2020), "130533", true),
            (Of("a-office", "威县甲局", LayoutVersion.V2021, 2021), "130533", true),
            (Of("a-office", "威县甲局", LayoutVersion.V2021, 2022), "130533", true),
            (Of("a-office", "威县甲局", LayoutVersion.V2021, 2023), "130533", true),
            (Of("b-office", "威县乙局", LayoutVersion.V2019, 2021), "130533", true),
            (Of("b-office", "威县乙局", LayoutVersion.V2021, 2022), "130533", true),
            (Of("b-office", "威县乙局", LayoutVersion.V2021, 2023), "130533", true),
            (Of("c-office", "威县丙局", LayoutVersion.V2021, 2022), "130533", false),
            (Of("xingtai-office", "邢台市丁局", LayoutVersion.V2021, 2023), "130500", true),
        ];
    }
}
