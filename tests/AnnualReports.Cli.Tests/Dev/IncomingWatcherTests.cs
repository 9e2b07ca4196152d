using System.Net;
using AnnualReports.TestKit;

namespace AnnualReports.Cli.Tests.Dev;

[Collection(UsesDevHost.Name)]
public class IncomingWatcherTests(DevHostFixture stack)
{
    [Fact]
    public async Task AnUploadToIncomingIsPublishedWithoutAnyoneAsking()
    {
        const string name = "watcher-test-office/2021.json";
        await stack.Incoming.UploadAsync(name, SeedFiles.WeixianJsonAs("watcher-test-office"), skipIfSame: false, CancellationToken.None);

        var (status, record) = await Eventually.PollAsync(() => UploadStatusProbe.GetAsync(stack.Api, name), r => r.Status == HttpStatusCode.OK);
        using var page = await stack.Site.GetAsync(new Uri("/watcher-test-office/2021/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("accepted", record.Text("status"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task ANewVersionUnderTheSameNameIsProcessedAgain()
    {
        const string name = "watcher-versions-office/versions.json";
        await stack.Incoming.UploadAsync(name, SeedFiles.WeixianJsonAs("watcher-versions-office", "第一版机关"), skipIfSame: false, CancellationToken.None);
        var (_, first) = await Eventually.PollAsync(() => UploadStatusProbe.GetAsync(stack.Api, name), r => r.Status == HttpStatusCode.OK);

        await stack.Incoming.UploadAsync(name, SeedFiles.WeixianJsonAs("watcher-versions-office", "第二版机关"), skipIfSame: false, CancellationToken.None);
        var (_, second) = await Eventually.PollAsync(
            () => UploadStatusProbe.GetAsync(stack.Api, name), r => r.Record.Text("uploadVersion") != first.Text("uploadVersion"));
        using var page = await stack.Site.GetAsync(new Uri("/watcher-versions-office/2021/", UriKind.Relative));

        Assert.NotEqual(first.Text("uploadVersion"), second.Text("uploadVersion"));
        Assert.Equal("accepted", second.Text("status"));
        Assert.Contains("第二版机关", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidUploadIsRecordedAsRejected()
    {
        const string name = "watcher-test-broken.json";
        await stack.Incoming.UploadAsync(
            name, await File.ReadAllBytesAsync(RepoPaths.File("seeds", "invalid", "t3-r1-balance-broken.json")), skipIfSame: false, CancellationToken.None);

        var (status, record) = await Eventually.PollAsync(() => UploadStatusProbe.GetAsync(stack.Api, name), r => r.Status == HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("rejected", record.Text("status"));
        Assert.Contains(record.GetProperty("findings").EnumerateArray(), f => f.Text("ruleId") == "T3-R1");
    }
}
