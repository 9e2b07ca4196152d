using System.Text;
using AnnualReports.Publishing;
using AnnualReports.Rendering;
using Azure.Data.Tables;

namespace AnnualReports.Azure.IntegrationTests.Publishing;

/// <summary>A site published before regions existed becomes the new shape by one whole-site regeneration.</summary>
[Collection(UsesAzurite.Name)]
public class MigrationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task OneRegenerationGivesAnOldSiteItsRegionPagesShardsAndFeedAndKeepsItsReportUrls()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("weixian-gov-office/2021.json", PipelineHarness.SeedJson());
        await harness.UploadAsync("wendeng-gov-office/2021.json", PipelineHarness.SeedOfAgency("wendeng-gov-office", "威海市文登区人民政府办公室"));
        await harness.Processor().ProcessAsync("weixian-gov-office/2021.json", CancellationToken.None);
        await harness.Processor().ProcessAsync("wendeng-gov-office/2021.json", CancellationToken.None);
        await MakeItLookOldAsync(harness);
        var reportPage = SitePaths.ReportPage("weixian-gov-office", 2021);
        var before = await PipelineHarness.ETagsAsync(harness.Web);

        var summary = await harness.Regenerator(new SiteRenderer(SiteOptions.Local)).RegenerateAsync(RegenerationScope.All, CancellationToken.None);

        Assert.Empty(summary.Failed);
        var after = await PipelineHarness.ETagsAsync(harness.Web);
        Assert.Equal(before[reportPage], after[reportPage]);
        Assert.Equal(before[SitePaths.ReportPage("wendeng-gov-office", 2021)], after[SitePaths.ReportPage("wendeng-gov-office", 2021)]);
        var home = await TextAsync(harness, SitePaths.Home);
        Assert.Contains("<a href=\"/regions/130000/\">河北省</a>", home, StringComparison.Ordinal);
        Assert.DoesNotContain("旧版首页", home, StringComparison.Ordinal);
        var county = await TextAsync(harness, SitePaths.RegionPage("130533", 1));
        Assert.Contains("/weixian-gov-office/2021/", county, StringComparison.Ordinal);
        Assert.Contains("/wendeng-gov-office/2021/", county, StringComparison.Ordinal);
        Assert.Contains("<sitemapindex", await TextAsync(harness, SitePaths.Sitemap), StringComparison.Ordinal);
        Assert.Contains("/weixian-gov-office/2021/", await TextAsync(harness, SitePaths.SitemapShard("130533", 1)), StringComparison.Ordinal);
        Assert.Contains("/wendeng-gov-office/2021/", await TextAsync(harness, SitePaths.Feed), StringComparison.Ordinal);
        Assert.Equal(2, harness.Summaries.Query<TableEntity>(e => e.PartitionKey == "130533").Count());
    }

    /// <summary>
    /// What a site published before this change holds: reports entities without a region code, no summaries, a home
    /// page and a sitemap that list everything, and no region pages or shards.
    /// </summary>
    private static async Task MakeItLookOldAsync(PipelineHarness harness)
    {
        foreach (var entity in harness.Reports.Query<TableEntity>().ToList())
        {
            entity.Remove("RegionCode");
            await harness.Reports.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace);
        }

        foreach (var entity in harness.Summaries.Query<TableEntity>().ToList())
        {
            await harness.Summaries.DeleteEntityAsync(entity.PartitionKey, entity.RowKey);
        }

        await foreach (var blob in harness.Web.GetBlobsAsync())
        {
            if (blob.Name.StartsWith("regions/", StringComparison.Ordinal) || blob.Name.StartsWith("sitemaps/", StringComparison.Ordinal))
            {
                await harness.Web.DeleteBlobAsync(blob.Name);
            }
        }

        await harness.Web.GetBlobClient(SitePaths.Home).UploadAsync(BinaryData.FromString("<h1>旧版首页</h1>"), overwrite: true);
        await harness.Web.GetBlobClient(SitePaths.Sitemap).UploadAsync(BinaryData.FromString("<urlset/>"), overwrite: true);
        Assert.DoesNotContain(harness.Reports.Query<TableEntity>(), e => e.ContainsKey("RegionCode"));
    }

    private static async Task<string> TextAsync(PipelineHarness harness, string path) =>
        Encoding.UTF8.GetString((await harness.Web.GetBlobClient(path).DownloadContentAsync()).Value.Content.ToArray());
}
