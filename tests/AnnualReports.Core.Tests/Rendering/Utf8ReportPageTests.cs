using System.Text;
using AnnualReports.Reports;
using AnnualReports.Rendering;
using AnnualReports.TestKit;

namespace AnnualReports.Core.Tests.Rendering;

/// <summary>The report page rendered straight to the UTF-8 bytes that are published.</summary>
public class Utf8ReportPageTests
{
    private static readonly SiteRenderer Renderer = new(new SiteOptions("https://reports.example.cn"));

    public static TheoryData<string> Reports => ["seed", "2019", "2019 with blanks"];

    [Theory]
    [MemberData(nameof(Reports))]
    public void Utf8PageIsTheStringPageEncoded(string name)
    {
        var report = Report(name);
        Assert.Equal(Encoding.UTF8.GetBytes(Renderer.RenderReportPage(report)), Renderer.RenderReportPageUtf8(report));
    }

    [Fact]
    public void RendersOfOtherPagesBetweenDoNotLeakIntoThePage()
    {
        var expected = Encoding.UTF8.GetBytes(Renderer.RenderReportPage(SampleReports.Sample2019()));
        _ = Renderer.RenderReportPageUtf8(SampleReports.Weixian2021());
        _ = Renderer.RenderNotFoundPage();
        Assert.Equal(expected, Renderer.RenderReportPageUtf8(SampleReports.Sample2019()));
    }

    [Fact]
    public void ParallelRendersOfDifferentReportsGiveEachItsOwnPage()
    {
        var reports = new[] { SampleReports.Weixian2021(), SampleReports.Sample2019() };
        var expected = reports.Select(r => Encoding.UTF8.GetBytes(Renderer.RenderReportPage(r))).ToArray();
        var pages = new byte[64][];
        Parallel.For(0, pages.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => pages[i] = Renderer.RenderReportPageUtf8(reports[i % 2]));
        for (var i = 0; i < pages.Length; i++)
        {
            Assert.Equal(expected[i % 2], pages[i]);
        }
    }

    private static AnnualReport Report(string name) => name switch
    {
        "seed" => SampleReports.Weixian2021(),
        "2019" => SampleReports.Sample2019(),
        _ => SampleReports.Sample2019WithBlanks(),
    };
}
