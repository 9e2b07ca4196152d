using AnnualReports.Cli.Dev;
using AnnualReports.Demo;
using AnnualReports.Publishing;
using AnnualReports.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Cli.Tests.Dev;

/// <summary><c>dev --demo</c>: a made-up multi-agency, multi-year site goes through the pipeline and the pages show what it adds up to.</summary>
public class DevDemoSiteTests
{
    [Fact]
    public async Task TheDemoSiteIsPublishedWithTrendsYearOnYearAndRegionTotals()
    {
        var options = new DevOptions(0, 0, PublishSeeds: false, new ConfigurationBuilder().Build(), RepoPaths.Root)
        {
            MinimumLogLevel = LogLevel.Warning,
            PollInterval = TimeSpan.FromHours(1),
            SweepInterval = TimeSpan.FromHours(1),
            PublishDemo = true,
        };
        await using var host = await DevHost.StartAsync(options, TextWriter.Null, CancellationToken.None);
        using var http = new HttpClient { BaseAddress = host.SiteUrl };

        var reports = DemoSite.Reports().ToList();
        Assert.Equal(54, reports.Count);
        Assert.Equal(reports.Count, host.SeedOutcomes.Count);
        Assert.All(host.SeedOutcomes, o => Assert.IsType<UploadOutcome.Accepted>(o));

        var county = reports.Where(r => r.Metadata.Agency.RegionCode == "130533").ToList();
        var years = county.Select(r => r.Metadata.Year).Distinct().Order().ToList();
        var agency = await http.GetStringAsync(new Uri("/demo-weixian-gov/", UriKind.Relative));
        var secondYear = await http.GetStringAsync(new Uri($"/demo-weixian-gov/{reports.First(r => r.Metadata.Agency.Id == "demo-weixian-gov").Metadata.Year + 1}/", UriKind.Relative));
        var region = await http.GetStringAsync(new Uri("/regions/130533/", UriKind.Relative));
        var home = await http.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.True(agency.Split("<svg").Length - 1 >= 3, "the agency page draws its trends");
        Assert.Contains("主要数据与上年比较", secondYear, StringComparison.Ordinal);
        Assert.Contains("地区汇总", region, StringComparison.Ordinal);
        Assert.Contains("<svg", region, StringComparison.Ordinal);
        Assert.All(years, year => Assert.Contains($"{year}", region, StringComparison.Ordinal));
        Assert.Contains("地区汇总", home, StringComparison.Ordinal);
        Assert.Contains("共收录 9 个机关的 54 份年度报告。", home, StringComparison.Ordinal);
    }
}
