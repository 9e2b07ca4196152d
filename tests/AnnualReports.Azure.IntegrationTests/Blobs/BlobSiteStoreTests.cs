using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;

namespace AnnualReports.Azure.IntegrationTests.Blobs;

[Collection(UsesAzurite.Name)]
public class BlobSiteStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AWriteIfAbsentConflictsWhenTheFileExists()
    {
        var site = (await PipelineHarness.CreateAsync(azurite)).Stores.Site;
        var file = SiteFile.Html("index.html", "<p>one</p>");

        var written = await site.WriteAsync(file, WriteCondition.IfAbsent, CancellationToken.None);

        Assert.Equal(file.Hash, written?.ContentHash);
        Assert.Equal((await site.GetVersionAsync("index.html", CancellationToken.None))?.ETag, written?.ETag);
        Assert.Null(await site.WriteAsync(file, WriteCondition.IfAbsent, CancellationToken.None));
    }

    [Fact]
    public async Task AWriteOnAStaleVersionConflicts()
    {
        var site = (await PipelineHarness.CreateAsync(azurite)).Stores.Site;
        await site.WriteAsync(SiteFile.Html("index.html", "<p>one</p>"), WriteCondition.IfAbsent, CancellationToken.None);
        var stale = await site.GetVersionAsync("index.html", CancellationToken.None);
        await site.WriteAsync(SiteFile.Html("index.html", "<p>two</p>"), WriteCondition.IfUnchangedSince(stale), CancellationToken.None);

        var result = await site.WriteAsync(SiteFile.Html("index.html", "<p>three</p>"), WriteCondition.IfUnchangedSince(stale), CancellationToken.None);

        Assert.Null(result);
    }

    [Fact]
    public async Task StoresTheContentHashBesideTheFile()
    {
        var site = (await PipelineHarness.CreateAsync(azurite)).Stores.Site;
        var file = SiteFile.Html("a/index.html", "<p>页面</p>");
        await site.WriteAsync(file, WriteCondition.IfAbsent, CancellationToken.None);

        var version = await site.GetVersionAsync("a/index.html", CancellationToken.None);

        Assert.Equal(file.Hash, version?.ContentHash);
        Assert.Null(await site.GetVersionAsync("b/index.html", CancellationToken.None));
    }
}
