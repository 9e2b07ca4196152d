using AnnualReports.Publishing;
using AnnualReports.Rendering;

namespace AnnualReports.Azure.IntegrationTests.Publishing;

[Collection(UsesAzurite.Name)]
public class SiteRegeneratorTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task RewritesOnlyTheReportPagesAfterAReportTemplateChange()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("weixian-gov-office/2021.json", PipelineHarness.SeedJson());
        await harness.Processor().ProcessAsync("weixian-gov-office/2021.json", CancellationToken.None);
        var before = await PipelineHarness.ETagsAsync(harness.Web);
        var templates = TemplateSet.Embedded();
        var changed = new SiteRenderer(
            SiteOptions.Local, templates.With(TemplateNames.Report, templates[TemplateNames.Report] + "\n<!-- template v2 -->\n"));

        var summary = await harness.Regenerator(changed).RegenerateAsync(RegenerationScope.All, CancellationToken.None);

        var reportPage = SitePaths.ReportPage("weixian-gov-office", 2021);
        Assert.Equal([reportPage], summary.Written);
        Assert.Empty(summary.Failed);
        var after = await PipelineHarness.ETagsAsync(harness.Web);
        Assert.NotEqual(before[reportPage], after[reportPage]);
        Assert.Equal(before.Where(p => p.Key != reportPage), after.Where(p => p.Key != reportPage));
        Assert.Contains("template v2", (await harness.Web.GetBlobClient(reportPage).DownloadContentAsync()).Value.Content.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RewritesNothingWhenTheTemplatesAreUnchanged()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("weixian-gov-office/2021.json", PipelineHarness.SeedJson());
        await harness.Processor().ProcessAsync("weixian-gov-office/2021.json", CancellationToken.None);
        var before = await PipelineHarness.ETagsAsync(harness.Web);

        var summary = await harness.Regenerator(new SiteRenderer(SiteOptions.Local))
            .RegenerateAsync(new RegenerationScope("weixian-gov-office", 2021), CancellationToken.None);

        Assert.Empty(summary.Written);
        Assert.Equal(1, summary.Reports);
        Assert.Equal(before, await PipelineHarness.ETagsAsync(harness.Web));
    }
}
