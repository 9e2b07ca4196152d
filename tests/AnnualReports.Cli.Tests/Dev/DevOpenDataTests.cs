using System.Net;
using AnnualReports.OpenData;
using AnnualReports.TestKit;

namespace AnnualReports.Cli.Tests.Dev;

/// <summary>The local run builds the open data files at start, as the deployed <c>BuildOpenData</c> timer does on its schedule.</summary>
[Collection(UsesDevHost.Name)]
public class DevOpenDataTests(DevHostFixture stack)
{
    [Fact]
    public async Task ServesTheSiteWideCsvWithTheSeedReport()
    {
        using var response = await Eventually.PollAsync(
            () => stack.Site.GetAsync(new Uri("/" + DataPaths.Csv, UriKind.Relative)), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var records = Rfc4180Csv.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal<string?>(DataColumns.Names, records[0]);
        Assert.Contains(records.Skip(1), r => r[DataColumns.IndexOf("agency_id")] == "weixian-gov-office" && r[DataColumns.IndexOf("year")] == "2021");
    }

    [Theory]
    [InlineData("/data/", "开放数据")]
    [InlineData("/data/regions/130533/reports.csv", "weixian-gov-office")]
    [InlineData("/data/reports.json", "\"builtAt\"")]
    public async Task ServesTheDictionaryAndTheRegionFiles(string path, string expected)
    {
        using var response = await Eventually.PollAsync(
            () => stack.Site.GetAsync(new Uri(path, UriKind.Relative)), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
