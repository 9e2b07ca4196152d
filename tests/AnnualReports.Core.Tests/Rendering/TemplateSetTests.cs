using AnnualReports.Rendering;
using AnnualReports.Rendering.Views;
using AnnualReports.TestKit;

namespace AnnualReports.Core.Tests.Rendering;

/// <summary>Templates are product code: strict about names, swappable as a set, parsed once.</summary>
public class TemplateSetTests
{
    private static readonly SiteRenderer Renderer = new(SiteOptions.Local);

    [Fact]
    public void AnUndefinedVariableInATemplateFailsTheRender()
    {
        var broken = TemplateSet.Embedded().With(TemplateNames.Report,
            TemplateSet.Embedded()[TemplateNames.Report].Replace("{{ report.publish_date }}", "{{ report.publish_dat }}", StringComparison.Ordinal));
        var renderer = new SiteRenderer(SiteOptions.Local, broken);

        Assert.ThrowsAny<Exception>(() => renderer.RenderReportPage(SampleReports.Weixian2021()));
    }

    [Theory]
    [InlineData("{{ cell.pointer }}", "{{ cell.pointr }}")]
    [InlineData("{{ cell.scope }}", "{{ cell.scpoe }}")]
    public void AnUndefinedTableCellMemberFailsTheRender(string member, string typo)
    {
        var broken = TemplateSet.Embedded().With("_table3.liquid",
            TemplateSet.Embedded()["_table3.liquid"].Replace(member, typo, StringComparison.Ordinal));
        var renderer = new SiteRenderer(SiteOptions.Local, broken);

        Assert.ThrowsAny<Exception>(() => renderer.RenderReportPage(SampleReports.Weixian2021()));
    }

    [Theory]
    [InlineData("{{ cell.text }}|{{ cell.pointer }}|{{ cell.spans_columns }}|{{ cell.colspan }}", "12|/table4/0|true|2")]
    [InlineData("{{ cell.text }}|{{ cell.pointer }}|{{ cell.is_blank }}", "|/table4/0|true")]
    public void DataCellsRenderTheirMembers(string template, string expected)
    {
        var cell = expected.StartsWith('|') ? new DataCell("", "/table4/0") : new DataCell("12", "/table4/0", 2);

        Assert.Equal(expected, Renderer.RenderTemplate(template, "cell", cell));
    }

    [Fact]
    public void HeaderCellsRenderTheirMembers() =>
        Assert.Equal(
            "（三）不予公开|row|false|1|true|8",
            Renderer.RenderTemplate(
                "{{ cell.text }}|{{ cell.scope }}|{{ cell.spans_columns }}|{{ cell.colspan }}|{{ cell.spans_rows }}|{{ cell.rowspan }}",
                "cell",
                new HeaderCell("（三）不予公开", "row", Rowspan: 8)));

    [Fact]
    public void AnUndefinedTopLevelNameFails() =>
        Assert.ThrowsAny<Exception>(() => Renderer.RenderTemplate("{{ reprot.title }}", "report", new Crumb("x", "", true)));

    [Fact]
    public void AnUnknownFilterFails() =>
        Assert.ThrowsAny<Exception>(() => Renderer.RenderTemplate("{{ crumb.text | shout }}", "crumb", new Crumb("x", "", true)));

    [Fact]
    public void TypesOutsideTheAllowListAreNotVisibleToTemplates() =>
        Assert.ThrowsAny<Exception>(() => Renderer.RenderTemplate("{{ report.title }}", "report", SampleReports.Weixian2021()));

    [Fact]
    public void AllowListedViewModelsRender() =>
        Assert.Equal("首页|true", Renderer.RenderTemplate("{{ crumb.text }}|{{ crumb.is_current }}", "crumb", new Crumb("首页", "", true)));

    [Fact]
    public void TemplatesCannotReadTheClock() =>
        Assert.ThrowsAny<Exception>(() => Renderer.RenderTemplate("{{ 'now' | date: '%Y' }}", "crumb", new Crumb("x", "", true)));

    [Fact]
    public void AChangedReportTemplateChangesReportPagesButNotIndexPages()
    {
        var original = TemplateSet.Embedded();
        var changed = original.With(TemplateNames.Report, original[TemplateNames.Report].Replace("<article class=\"report\">", "<article class=\"report v2\">", StringComparison.Ordinal));
        var before = new SiteRenderer(SiteOptions.Local, original);
        var after = new SiteRenderer(SiteOptions.Local, changed);
        var summaries = SampleSummaries.All();

        Assert.NotEqual(before.RenderReportPage(SampleReports.Weixian2021()), after.RenderReportPage(SampleReports.Weixian2021()));
        Assert.Contains("report v2", after.RenderReportPage(SampleReports.Weixian2021()), StringComparison.Ordinal);
        Assert.Equal(before.RenderRegionPage(SampleListings.Nation(), 1, 100), after.RenderRegionPage(SampleListings.Nation(), 1, 100));
        Assert.Equal(before.RenderAgencyPage("weixian-gov-office", summaries), after.RenderAgencyPage("weixian-gov-office", summaries));
        Assert.Equal(before.Stylesheet, after.Stylesheet);
    }

    [Fact]
    public void ASetMissingARequiredTemplateIsRejected()
    {
        var files = TemplateSet.Embedded().FileNames.Where(n => n != TemplateNames.Home)
            .Select(n => KeyValuePair.Create(n, TemplateSet.Embedded()[n]));

        var error = Assert.Throws<ArgumentException>(() => TemplateSet.FromFiles(files));
        Assert.Contains(TemplateNames.Home, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATemplateThatDoesNotParseFailsWhenTheRendererIsBuilt()
    {
        var broken = TemplateSet.Embedded().With(TemplateNames.Home, "{% for x in %}");

        var error = Assert.Throws<InvalidOperationException>(() => new SiteRenderer(SiteOptions.Local, broken));
        Assert.Contains(TemplateNames.Home, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEmbeddedSetHoldsThePagesPartialsAndStylesheet()
    {
        var names = TemplateSet.Embedded().FileNames.ToList();

        Assert.All(TemplateSet.RequiredFiles, n => Assert.Contains(n, names));
        Assert.Contains("_table3.liquid", names);
        Assert.Equal(TemplateSet.Embedded()[TemplateNames.Stylesheet], Renderer.Stylesheet);
    }

    [Fact]
    public void ASetReadFromAFolderRendersWithItsOwnTemplates()
    {
        var embedded = TemplateSet.Embedded();
        var files = embedded.FileNames.ToDictionary(n => n, n => embedded[n]);
        files[TemplateNames.NotFound] = "<h1>找不到页面</h1>\r\n";
        var renderer = new SiteRenderer(SiteOptions.Local, TemplateSet.FromFileProvider(new DictionaryFileProvider(files)));

        var html = renderer.RenderNotFoundPage();

        Assert.Contains("<h1>找不到页面</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", html, StringComparison.Ordinal);
        Assert.Equal(Renderer.RenderReportPage(SampleReports.Weixian2021()), renderer.RenderReportPage(SampleReports.Weixian2021()));
    }
}
