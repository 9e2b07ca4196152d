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
        await harness.Pipeline().OpenData.PublishAllAsync(CancellationToken.None); // as the BuildOpenData timer leaves the site
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
        await harness.Pipeline().RegionData.RefreshDueAsync(CancellationToken.None); // as the RefreshRegionData timer leaves the site
        var before = await PipelineHarness.ETagsAsync(harness.Web);

        var summary = await harness.Regenerator(new SiteRenderer(SiteOptions.Local))
            .RegenerateAsync(new RegenerationScope("weixian-gov-office", 2021), CancellationToken.None);

        Assert.Empty(summary.Written);
        Assert.Equal(1, summary.Reports);
        Assert.Equal(before, await PipelineHarness.ETagsAsync(harness.Web));
    }

    [Fact]
    public async Task ASecondWholeSiteRunTrustsTheManifestAndAVerifiedRunRestoresABlobDeletedByHand()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("weixian-gov-office/2021.json", PipelineHarness.SeedJson());
        await harness.Processor().ProcessAsync("weixian-gov-office/2021.json", CancellationToken.None);
        await harness.Pipeline().OpenData.PublishAllAsync(CancellationToken.None); // as the BuildOpenData timer leaves the site
        var renderer = new SiteRenderer(SiteOptions.Local);
        await harness.Regenerator(renderer).RegenerateAsync(RegenerationScope.All, CancellationToken.None);
        var manifest = await harness.Manifest.ReadAsync(CancellationToken.None);
        var before = await PipelineHarness.ETagsAsync(harness.Web);
        Assert.Equal(before.OrderBy(p => p.Key), manifest!.ToDictionary(v => v.Key, v => v.Value.ETag).OrderBy(p => p.Key));

        var data = SitePaths.ReportData("weixian-gov-office", 2021);
        await harness.Web.DeleteBlobAsync(data);
        var trusting = await harness.Regenerator(renderer).RegenerateAsync(RegenerationScope.All, CancellationToken.None);
        var verified = await harness.Regenerator(renderer).RegenerateAsync(RegenerationScope.All with { Verify = true }, CancellationToken.None);

        Assert.Empty(trusting.Written);
        Assert.Equal([data], verified.Written);
        Assert.Equal(PipelineHarness.SeedJson(), (await harness.Web.GetBlobClient(data).DownloadContentAsync()).Value.Content.ToArray());
        var manifestAfter = await harness.Manifest.ReadAsync(CancellationToken.None);
        Assert.Equal((await harness.Web.GetBlobClient(data).GetPropertiesAsync()).Value.ETag.ToString(), manifestAfter![data].ETag);
    }
}
