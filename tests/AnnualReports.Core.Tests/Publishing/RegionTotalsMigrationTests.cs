using System.Text;
using System.Text.Json.Nodes;
using AnnualReports.Publishing;
using AnnualReports.Regions;
using AnnualReports.Rendering;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Fakes;

namespace AnnualReports.Core.Tests.Publishing;

/// <summary>A site published before region totals were kept: its rows still read, and the next regeneration fills the totals in.</summary>
public class RegionTotalsMigrationTests
{
    private static readonly string[] Partitions = ["130533", "130500", "130000", "371003", "371000", "370000", Divisions.National];
    private readonly InMemoryUploadStore _uploads = new();
    private readonly InMemorySiteStore _site = new();
    private readonly InMemoryReportIndex _index = new();
    private readonly InMemorySummaryStore _summaries = new();
    private readonly PublishingPipeline _pipeline;

    public RegionTotalsMigrationTests() => _pipeline = new PublishingPipeline(
        new PublishingStores(_uploads, new InMemoryUploadLog(), _index, new InMemoryReportArchive(), new InMemoryRejectionStore(), _site, _summaries),
        new InMemorySiteManifestStore());

    [Fact]
    public async Task RowsAndEntriesSavedBeforeTotalsReadAsUnknownAndTheNextRegenerationSettlesThem()
    {
        await UploadAsync("a.json", SeedFiles.WeixianJson());
        await UploadAsync("b.json", SeedFiles.WeixianJsonIn("wendeng-gov-office", "威海市文登区人民政府办公室", "山东省威海市文登区", "371003"));
        var settled = await RowsAsync();
        var home = Home();
        Assert.Contains("<h2 id=\"totals-heading\">地区汇总</h2>", home, StringComparison.Ordinal);

        // As the site was before: entries without cells, agency rows without layouts and cells, child rows without years.
        foreach (var entry in await _index.ListAsync(CancellationToken.None))
        {
            var canonical = (await _index.ReadCanonicalAsync(entry.AgencyId, entry.Year, CancellationToken.None))!.Content!.Value;
            await _index.SaveAsync(entry with { Summary = entry.Summary with { Cells = null }, ETag = null }, canonical, entry.ETag, CancellationToken.None);
        }

        foreach (var (key, json) in settled)
        {
            var node = JsonNode.Parse(json)!.AsObject();
            if (node["reports"] is JsonArray reports)
            {
                foreach (var report in reports)
                {
                    report!.AsObject().Remove("layout");
                    report.AsObject().Remove("cells");
                }
            }

            node.Remove("years");
            var (partition, rowKey) = (key[..key.IndexOf('/', StringComparison.Ordinal)], key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..]);
            var row = await _summaries.GetAsync(partition, rowKey, CancellationToken.None);
            await _summaries.WriteAsync(partition, rowKey, node.ToJsonString(), row!.ETag, CancellationToken.None);
        }

        var old = SummaryRows.ReadListing(Divisions.National, await _summaries.ListAsync(Divisions.National, CancellationToken.None));
        Assert.Null(old.Totals().Years);
        Assert.Contains("部分下级行政区的汇总数据尚未计算", _pipeline.Renderer.RenderRegionPage(old, 1, 100), StringComparison.Ordinal);
        var county = SummaryRows.ReadListing("130533", await _summaries.ListAsync("130533", CancellationToken.None));
        Assert.Equal(1, Assert.Single(county.Totals().Years!).WithoutData);
        var countyPage = _pipeline.Renderer.RenderRegionPage(county, 1, 100);
        Assert.Contains("2021年度有1份报告在本网站记录表格数据之前发布，未计入汇总", countyPage, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">2021年</th>\n<td class=\"num\">0</td>\n<td class=\"num\">0</td>\n<td class=\"num\">无数据</td>", countyPage, StringComparison.Ordinal);

        var run = await _pipeline.Regenerator.RegenerateAsync(RegenerationScope.All, CancellationToken.None);

        Assert.Empty(run.Failed);
        Assert.All(await _index.ListAsync(CancellationToken.None), e => Assert.NotNull(e.Summary.Cells));
        Assert.Equal(settled, await RowsAsync());
        Assert.Equal(home, Home());
    }

    private async Task<Dictionary<string, string>> RowsAsync()
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var partition in Partitions)
        {
            foreach (var row in await _summaries.ListAsync(partition, CancellationToken.None))
            {
                rows[$"{partition}/{row.RowKey}"] = row.Json;
            }
        }

        return rows;
    }

    private string Home() => Encoding.UTF8.GetString(_site[SitePaths.Home]!.Content.Span);

    private async Task UploadAsync(string name, byte[] content)
    {
        _uploads.Put(name, content, DateTimeOffset.UnixEpoch.AddMinutes(_site.Writes));
        Assert.IsType<UploadOutcome.Accepted>(await _pipeline.Processor.ProcessAsync(name, CancellationToken.None));
    }
}
