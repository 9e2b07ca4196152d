using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AnnualReports.Demo;
using AnnualReports.Publishing;
using AnnualReports.Rendering;
using AnnualReports.Reports;
using AnnualReports.TestKit;

namespace AnnualReports.Core.Tests.Rendering;

/// <summary>
/// The agency page's trend charts, read back as SVG (XML): every bar's value and height against the figures taken
/// straight from the reports' tables, and the text equivalent and accessibility of each chart.
/// </summary>
public partial class AgencyTrendsPageTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly SiteRenderer Renderer = new(SiteOptions.Local);
    private static readonly IReadOnlyList<AnnualReport> Reports = SampleTrends.Reports();
    private static readonly string Html = Renderer.RenderAgencyPage(SampleTrends.AgencyId, SampleTrends.Summaries());

    private static readonly (string Slug, string Group)[] OutcomeGroups =
    [
        ("granted", "（一）予以公开"),
        ("partly-granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
        ("refused", "（三）不予公开"),
        ("unavailable", "（四）无法提供"),
        ("not-processed", "（五）不予处理"),
    ];

    [Fact]
    public void TheReceivedChartDrawsEachYearsNewApplicationsToScale()
    {
        var chart = Charts(Html)["trend-received"];
        var received = Reports.Select(r => r.Applications[Table3Row.Received].Total ?? 0).ToList();
        Assert.True(received.Distinct().Count() > 1, "The sample must vary from year to year for this test to mean anything.");

        var groups = Groups(chart);
        Assert.Equal(["2019", "2020", "2021", "2022", "2023"], groups.Select(g => g.Label));
        Assert.Equal(received.Select(v => v.ToString(CultureInfo.InvariantCulture)), groups.Select(g => Assert.Single(g.Bars).Text));
        var max = received.Max();
        Assert.Equal(received.Select(v => Math.Round(v * 100.0 / max, 1, MidpointRounding.AwayFromZero)), groups.Select(g => g.Bars[0].Height));
        Assert.All(groups, g => Assert.Equal(Baseline(chart), g.Bars[0].Y + g.Bars[0].Height, 6));
    }

    [Fact]
    public void EachOutcomeChartDrawsItsShareOfTheTotalPerYear()
    {
        var charts = Charts(Html);
        var anyNonZero = false;
        foreach (var (slug, group) in OutcomeGroups)
        {
            var bars = Groups(charts[$"trend-share-{slug}"]).Select(g => Assert.Single(g.Bars)).ToList();
            Assert.Equal("无数据", bars[0].Text);
            Assert.Equal(0, bars[0].Height);
            for (var i = 1; i < Reports.Count; i++)
            {
                var report = Reports[i];
                var completed = report.Applications[Table3Row.Total].Total ?? 0;
                var count = Table3Layout.For(report.Layout).Rows.Where(d => d.Group == group).Sum(d => report.Applications[d.Row].Total ?? 0);
                var share = Math.Round(100.0 * count / completed, 1, MidpointRounding.AwayFromZero);
                anyNonZero |= share > 0;
                Assert.Equal(share.ToString("0.0", CultureInfo.InvariantCulture) + "%", bars[i].Text);
                Assert.Equal(share, bars[i].Height);
            }
        }

        Assert.True(anyNonZero, "The sample must have some outcome shares above zero.");
    }

    [Fact]
    public void TheReviewAndLawsuitChartsDrawTotalsBesideTheirCorrectedResults()
    {
        var charts = Charts(Html);
        var reviews = Reports.Select(r => (r.ReviewsAndLitigation.AdministrativeReview.Total ?? 0, r.ReviewsAndLitigation.AdministrativeReview.Corrected ?? 0)).ToList();
        var lawsuits = Reports.Select(r => (
            (r.ReviewsAndLitigation.LitigationWithoutReview.Total ?? 0) + (r.ReviewsAndLitigation.LitigationAfterReview.Total ?? 0),
            (r.ReviewsAndLitigation.LitigationWithoutReview.Corrected ?? 0) + (r.ReviewsAndLitigation.LitigationAfterReview.Corrected ?? 0))).ToList();

        foreach (var (id, expected) in new[] { ("trend-reviews", reviews), ("trend-lawsuits", lawsuits) })
        {
            var groups = Groups(charts[id]);
            Assert.Equal(["无数据", "无数据"], groups[0].Bars.Select(b => b.Text));
            var max = expected.Skip(1).Max(e => Math.Max(e.Item1, e.Item2));
            Assert.True(max > 0, $"The sample must have some cases in {id}.");
            for (var i = 1; i < expected.Count; i++)
            {
                var (total, corrected) = expected[i];
                Assert.Equal([CellText.Of(total), CellText.Of(corrected)], groups[i].Bars.Select(b => b.Text));
                Assert.Equal(Math.Round(total * 100.0 / max, 1, MidpointRounding.AwayFromZero), groups[i].Bars[0].Height);
                Assert.Equal(Math.Round(corrected * 100.0 / max, 1, MidpointRounding.AwayFromZero), groups[i].Bars[1].Height);
            }
        }
    }

    [Fact]
    public void EveryChartIsAnImageNamedByItsTitleAndDescriptionWithATableOfTheSameFigures()
    {
        var charts = Charts(Html);
        Assert.Equal(8, charts.Count);
        foreach (var svg in charts.Values)
        {
            Assert.Equal("img", svg.Attribute("role")?.Value);
            var ids = svg.Attribute("aria-labelledby")!.Value.Split(' ');
            Assert.Equal(2, ids.Length);
            Assert.Equal("title", ElementById(svg, ids[0]).Name.LocalName);
            var desc = ElementById(svg, ids[1]);
            Assert.Equal("desc", desc.Name.LocalName);
            var caption = DescTable().Match(desc.Value).Groups[1].Value;
            Assert.Contains($"<caption id=\"", Html, StringComparison.Ordinal);
            Assert.Matches($"<caption id=\"[^\"]+\">{Regex.Escape(caption)}", Html);
            Assert.All(Groups(svg).SelectMany(g => g.Bars), b => Assert.NotEqual("", b.Text));
        }

        // The outcomes table, cell by cell for the newest year: count and share of （七）总计.
        var document = HtmlTableGrid.Parse(Html);
        var rows = document.QuerySelectorAll("#trend-outcomes-table tbody tr");
        var row = rows[^1];
        var newest = Reports[^1];
        var completed = newest.Applications[Table3Row.Total].Total ?? 0;
        var expected = OutcomeGroups.Select(o =>
        {
            var count = Table3Layout.V2021.Rows.Where(d => d.Group == o.Group).Sum(d => newest.Applications[d.Row].Total ?? 0);
            return $"{count}（{Math.Round(100.0 * count / completed, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture)}%）";
        });
        Assert.Equal(["2023年", CellText.Of(completed), .. expected], row.Children.Select(c => c.TextContent));
        Assert.Equal(SitePaths.ReportUrl(SampleTrends.AgencyId, 2023), row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void TwoSeriesDifferInLightnessAndPatternNotOnlyInColour()
    {
        foreach (var id in new[] { "trend-reviews", "trend-lawsuits" })
        {
            var svg = Charts(Html)[id];
            var pattern = Assert.Single(svg.Descendants(Svg + "pattern"));
            Assert.Equal($"{id}-hatch", pattern.Attribute("id")!.Value);
            Assert.Equal("#ffffff", pattern.Element(Svg + "rect")!.Attribute("fill")!.Value);
            foreach (var group in Groups(svg))
            {
                Assert.True(Luminance(group.Bars[0].Fill) < 0.3, "The first series is dark and solid.");
                Assert.Equal($"url(#{id}-hatch)", group.Bars[1].Fill);
                Assert.All(group.Bars, b => Assert.NotNull(b.Stroke));
            }

            Assert.Equal(["总计", "结果纠正"], svg.Descendants(Svg + "text").Where(t => Class(t) == "legend-text").Select(t => t.Value));
        }
    }

    [Fact]
    public void NotesSayWhichYearsUseThe2019LayoutAndWhichFiguresAreUnknown()
    {
        var notes = HtmlTableGrid.Parse(Html).QuerySelectorAll("section.trends p.note").Select(p => p.TextContent).ToList();
        Assert.Contains(notes, n => n.StartsWith("2019、2020年度报告采用国办公开办函〔2019〕60号格式", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("2019年度的报告在本网站记录分项数据之前发布", StringComparison.Ordinal));
        var cases = HtmlTableGrid.Parse(Html).QuerySelectorAll("#trend-cases-table tbody tr")[0];
        Assert.Equal(["2019年", "无数据", "无数据", "无数据", "无数据"], cases.Children.Select(c => c.TextContent));
    }

    [Fact]
    public void TheSameReportsInAnyOrderRenderTheSameBytesAndTwentyYearsStayUnder200KB()
    {
        var summaries = SampleTrends.Summaries();
        Assert.Equal(Html, Renderer.RenderAgencyPage(SampleTrends.AgencyId, [.. summaries.Reverse()]));

        var rng = new Random(20);
        var many = new List<AnnualReport> { ConsistentReports.Generate(rng, LayoutVersion.V2021) };
        while (many.Count < 20)
        {
            many.Add(ConsistentReports.Generate(rng, LayoutVersion.V2021, many[^1]));
        }

        var page = Renderer.RenderAgencyPage(many[0].Metadata.Agency.Id, [.. many.Select(r => ReportSummary.From(r, DateTimeOffset.UnixEpoch, 0, "h"))]);
        Assert.True(Encoding.UTF8.GetByteCount(page) < 200_000, $"The agency page with 20 years is {Encoding.UTF8.GetByteCount(page)} bytes.");
    }

    [Fact]
    public void AgencyPageWithSeveralYearsMatchesItsGoldenFile() =>
        GoldenFile.Verify("agency-trends.html", Renderer.RenderAgencyPage(SampleTrends.AgencyId, SampleTrends.Summaries()));

    internal static Dictionary<string, XElement> Charts(string html) => SvgElement().Matches(html)
        .Select(m => XElement.Parse(m.Value))
        .ToDictionary(svg => svg.Element(Svg + "title")!.Attribute("id")!.Value[..^"-title".Length], StringComparer.Ordinal);

    internal static List<(string Label, List<Bar> Bars)> Groups(XElement svg) =>
    [
        .. svg.Elements(Svg + "g").Where(g => Class(g) == "bar-group").Select(g =>
        {
            var rects = g.Elements(Svg + "rect").ToList();
            var values = g.Elements(Svg + "text").Where(t => Class(t) == "bar-value").Select(t => t.Value).ToList();
            var label = g.Elements(Svg + "text").Single(t => Class(t) == "bar-label").Value;
            return (label, rects.Select((r, i) => new Bar(
                D(r, "x"), D(r, "y"), D(r, "height"), r.Attribute("fill")!.Value, r.Attribute("stroke")?.Value, values[i])).ToList());
        }),
    ];

    private static double Baseline(XElement svg) => D(svg.Elements(Svg + "line").Single(l => Class(l) == "chart-axis"), "y1");

    private static XElement ElementById(XElement svg, string id) => svg.Descendants().Single(e => e.Attribute("id")?.Value == id);

    private static string? Class(XElement e) => e.Attribute("class")?.Value;

    private static double D(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    /// <summary>Relative luminance of a #rrggbb colour, 0 (black) to 1 (white).</summary>
    private static double Luminance(string hex)
    {
        double C(int i) => int.Parse(hex.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
        return (0.2126 * C(0)) + (0.7152 * C(1)) + (0.0722 * C(2));
    }

    [GeneratedRegex("<svg[\\s\\S]*?</svg>")]
    private static partial Regex SvgElement();

    [GeneratedRegex("数字见下表“([^”]+)”")]
    private static partial Regex DescTable();

    internal sealed record Bar(double X, double Y, double Height, string Fill, string? Stroke, string Text);
}
