using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using AnnualReports.TestKit.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace AnnualReports.Core.Tests.Publishing;

public class SiteFilePublisherTests
{
    [Fact]
    public async Task DoesNotRewriteBytesThatAreAlreadyThere()
    {
        var site = new InMemorySiteStore();
        var publisher = new SiteFilePublisher(site, TimeProvider.System, NullLogger<SiteFilePublisher>.Instance);

        var first = await publisher.PublishAsync(SiteFile.Html("index.html", "<p>a</p>"), CancellationToken.None);
        var second = await publisher.PublishAsync(SiteFile.Html("index.html", "<p>a</p>"), CancellationToken.None);

        Assert.Equal((PublishResult.Written, PublishResult.Unchanged), (first.Result, second.Result));
        Assert.Equal(1, site.Writes);
        Assert.Equal(first.Version, second.Version);
        Assert.Equal(await site.GetVersionAsync("index.html", CancellationToken.None), second.Version);
    }

    [Fact]
    public async Task RendersAgainFromFreshDataWhenAnotherInstanceWroteFirst()
    {
        var site = new InMemorySiteStore();
        var rows = new List<string> { "first" };
        var publisher = new SiteFilePublisher(site, TimeProvider.System, NullLogger<SiteFilePublisher>.Instance);
        site.BeforeWrite = async path =>
        {
            site.BeforeWrite = null;
            rows.Add("second");
            await site.WriteAsync(SiteFile.Html(path, "<p>first</p>"), WriteCondition.IfAbsent, CancellationToken.None);
        };

        var result = await publisher.PublishAsync(
            "index.html", _ => Task.FromResult(SiteFile.Html("index.html", $"<p>{string.Join(",", rows)}</p>")), CancellationToken.None);

        Assert.Equal(PublishResult.Written, result.Result);
        Assert.Equal(SiteFile.Html("index.html", "<p>first,second</p>").Hash, site["index.html"]?.Hash);
    }
}
