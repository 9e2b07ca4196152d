using System.Net;
using System.Net.Http.Headers;

namespace AnnualReports.Cli.Tests.Dev;

[Collection(UsesDevHost.Name)]
public class StaticWebsiteTests(DevHostFixture stack)
{
    [Fact]
    public async Task TheRootServesTheHomePage()
    {
        using var response = await stack.Site.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        // The seed sits in 河北省, which the home page lists.
        Assert.Contains("/regions/130000/", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARegionFolderServesItsPage()
    {
        using var response = await stack.Site.GetAsync(new Uri("/regions/130533/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/weixian-gov-office/", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/weixian-gov-office/2021/")]
    [InlineData("/weixian-gov-office/2021")]
    public async Task AFolderWithOrWithoutSlashServesItsIndexDocument(string path)
    {
        using var response = await stack.Site.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("威县人民政府办公室", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingPageAnswersTheNotFoundDocumentWithStatus404()
    {
        using var notFoundDocument = await stack.Site.GetAsync(new Uri("/404.html", UriKind.Relative));
        using var response = await stack.Site.GetAsync(new Uri("/no-such-agency/2021/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await notFoundDocument.Content.ReadAsStringAsync(), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/assets/site.css", "text/css")]
    [InlineData("/weixian-gov-office/2021/report.json", "application/json")]
    [InlineData("/sitemap.xml", "application/xml")]
    [InlineData("/feed.xml", "application/atom+xml")]
    public async Task FilesCarryTheirStoredContentTypeAndCacheControl(string path, string mediaType)
    {
        using var response = await stack.Site.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.True(response.Headers.CacheControl?.Public);
    }

    [Fact]
    public async Task ARepeatedRequestWithTheETagAnswersNotModified()
    {
        using var first = await stack.Site.GetAsync(new Uri("/weixian-gov-office/", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/weixian-gov-office/", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag ?? throw new InvalidOperationException("No ETag on the first answer."));

        using var response = await stack.Site.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task OnlyReadingIsAllowed()
    {
        using var response = await stack.Site.PostAsync(new Uri("/", UriKind.Relative), new ByteArrayContent([]));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task AHeadRequestAnswersTheHeadersWithoutTheBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri("/", UriKind.Relative));

        using var response = await stack.Site.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength > 0);
        Assert.Equal(new MediaTypeHeaderValue("text/html") { CharSet = "utf-8" }, response.Content.Headers.ContentType);
    }
}
