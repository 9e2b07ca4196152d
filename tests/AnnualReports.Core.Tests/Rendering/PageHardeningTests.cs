using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using AnnualReports.Rendering;
using AnnualReports.TestKit;

namespace AnnualReports.Core.Tests.Rendering;

/// <summary>
/// Every page type forbids script through its Content-Security-Policy, sets a referrer policy, and carries nothing a
/// stricter policy would have to allow: no script element, no inline event handler, no style attribute, no inline
/// CSS on a public page (the private rejection page's own CSS is allowed by its hash, and only that).
/// </summary>
public class PageHardeningTests
{
    private static readonly SiteRenderer Renderer = new(new SiteOptions("https://reports.example.cn"));

    public static TheoryData<string> PageTypes => ["report-2021", "report-2019", "home", "region", "agency", "404", "rejection"];

    [Theory]
    [MemberData(nameof(PageTypes))]
    public void AllowsNoScriptAndStylesFromTheSiteOnly(string pageType)
    {
        var document = new HtmlParser().ParseDocument(Render(pageType));

        var policy = Assert.Single(document.QuerySelectorAll("meta[http-equiv]"));
        Assert.Equal("Content-Security-Policy", policy.GetAttribute("http-equiv"));
        var directives = policy.GetAttribute("content")!.Split(';', StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ', StringComparison.Ordinal) + 1)..], StringComparer.Ordinal);
        Assert.Equal("'none'", directives["default-src"]);
        Assert.DoesNotContain("script-src", directives.Keys);
        Assert.Equal("'self' data:", directives["img-src"]);
        Assert.Equal("'none'", directives["base-uri"]);
        Assert.Equal("'none'", directives["form-action"]);
        Assert.All(directives.Values, value => Assert.DoesNotContain("unsafe", value, StringComparison.Ordinal));
        // The policy comes before anything it governs.
        Assert.Same(document.Head!.Children[1], policy);

        var inline = document.QuerySelectorAll("style").SingleOrDefault();
        if (pageType == "rejection")
        {
            Assert.NotNull(inline);
            var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline.TextContent)));
            Assert.Equal($"'sha256-{hash}'", directives["style-src"]);
        }
        else
        {
            Assert.Null(inline);
            Assert.Equal("'self'", directives["style-src"]);
        }

        Assert.Equal("strict-origin-when-cross-origin", document.QuerySelector("meta[name=referrer]")?.GetAttribute("content"));
        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, form"));
        var everyElement = document.QuerySelectorAll("*");
        Assert.DoesNotContain(everyElement, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(everyElement, e => e.HasAttribute("style"));
        Assert.DoesNotContain(everyElement, e => (e.GetAttribute("href") ?? e.GetAttribute("src") ?? "").StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AnEditedRejectionStyleNoLongerMatchesThePolicy()
    {
        var html = Render("rejection");
        var document = new HtmlParser().ParseDocument(html.Replace("<style>\n", "<style>\n/* injected */", StringComparison.Ordinal));
        var policy = document.QuerySelector("meta[http-equiv]")!.GetAttribute("content")!;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(document.QuerySelector("style")!.TextContent)));

        Assert.DoesNotContain(hash, policy, StringComparison.Ordinal);
    }

    private static string Render(string pageType) => pageType switch
    {
        "report-2021" => Renderer.RenderReportPage(SampleReports.Weixian2021()),
        "report-2019" => Renderer.RenderReportPage(SampleReports.Sample2019()),
        "home" => Renderer.RenderRegionPage(SampleListings.Nation(), 1, 100),
        "region" => Renderer.RenderRegionPage(SampleListings.County(), 2, 1),
        "agency" => Renderer.RenderAgencyPage("weixian-gov-office", SampleSummaries.All()),
        "404" => Renderer.RenderNotFoundPage(),
        "rejection" => Renderer.RenderRejectionPage("weixian-2021.yaml", SampleFindings.Two()),
        _ => throw new ArgumentOutOfRangeException(nameof(pageType)),
    };
}
