using AnnualReports.Importing;
using AnnualReports.Publishing;
using AnnualReports.Regions;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Fakes;

namespace AnnualReports.Core.Tests.Publishing;

/// <summary>A Word or text upload outside any agency folder joins the one published agency of its name, found by name.</summary>
public class AgencyNameMatchingTests
{
    private const string SeedName = "威县人民政府办公室";
    private readonly InMemoryUploadStore _uploads = new();
    private readonly InMemoryReportIndex _index = new();
    private readonly InMemorySummaryStore _summaries = new();
    private readonly PublishingPipeline _pipeline;

    public AgencyNameMatchingTests() => _pipeline = new PublishingPipeline(
        new PublishingStores(_uploads, new InMemoryUploadLog(), _index, new InMemoryReportArchive(), new InMemoryRejectionStore(), new InMemorySiteStore(), _summaries),
        new InMemorySiteManifestStore());

    [Fact]
    public async Task ATopLevelTextUploadJoinsThePublishedAgencyOfItsNameWithoutListingTheReportsTable()
    {
        await AcceptAsync("weixian-gov-office/2021.json", SeedFiles.WeixianJson());
        await AcceptAsync("other/2021.json", SeedFiles.WeixianJsonAs("other", "威县人民政府"));
        var listingsBefore = _index.FullListings;

        var accepted = await AcceptAsync("2021年报告.txt", SeedFiles.WeixianText());

        Assert.Equal("/weixian-gov-office/2021/", accepted.Url);
        Assert.Contains(accepted.Warnings, w => w.RuleId == ImportFindings.AgencyMatched);
        Assert.Equal(listingsBefore, _index.FullListings);
    }

    [Fact]
    public async Task TwoPublishedAgenciesOfTheNameAreNotGuessedBetween()
    {
        await AcceptAsync("a-office/2021.json", SeedFiles.WeixianJsonAs("a-office", SeedName));
        await AcceptAsync("b-office/2021.json", SeedFiles.WeixianJsonAs("b-office", SeedName));

        var accepted = await AcceptAsync("2021年报告.txt", SeedFiles.WeixianText());

        Assert.NotEqual("a-office", accepted.AgencyId);
        Assert.NotEqual("b-office", accepted.AgencyId);
        Assert.Contains(accepted.Warnings, w => w.RuleId == ImportFindings.AgencyIdGenerated);
    }

    [Fact]
    public async Task ARenamedAgencyIsListedUnderItsNewNameOnly()
    {
        await AcceptAsync("weixian-gov-office/2021.json", SeedFiles.WeixianJson());

        await AcceptAsync("weixian-gov-office/2021-renamed.json", SeedFiles.WeixianJsonAs("weixian-gov-office", "威县人民政府办公室（更名）"));

        Assert.Empty(await _summaries.ListAsync(AgencyNames.Partition(SeedName), CancellationToken.None));
        var renamed = Assert.Single(await _summaries.ListAsync(AgencyNames.Partition("威县人民政府办公室（更名）"), CancellationToken.None));
        Assert.Equal("weixian-gov-office", AgencyNames.Read(renamed.Json).Id);
        var accepted = await AcceptAsync("2021年报告.txt", SeedFiles.WeixianText());
        Assert.NotEqual("weixian-gov-office", accepted.AgencyId);
    }

    [Fact]
    public async Task AWholeSiteRegenerationListsTheAgenciesOfASitePublishedBeforeTheNameDirectory()
    {
        await AcceptAsync("weixian-gov-office/2021.json", SeedFiles.WeixianJson());
        var partition = AgencyNames.Partition(SeedName);
        var row = Assert.Single(await _summaries.ListAsync(partition, CancellationToken.None));
        await _summaries.DeleteAsync(partition, row.RowKey, row.ETag, CancellationToken.None);

        await _pipeline.Regenerator.RegenerateAsync(RegenerationScope.All, CancellationToken.None);

        Assert.Equal("weixian-gov-office", AgencyNames.Read(Assert.Single(await _summaries.ListAsync(partition, CancellationToken.None)).Json).Id);
    }

    [Theory]
    [InlineData("威县人民政府办公室", "name~威县人民政府办公室")]
    [InlineData("a/b#c?d\\e%f", "name~a%2Fb%23c%3Fd%5Ce%25f")]
    [InlineData("tab\there", "name~tab%09here")]
    public void NamesBecomeValidTableKeys(string name, string partition) => Assert.Equal(partition, AgencyNames.Partition(name));

    private async Task<UploadOutcome.Accepted> AcceptAsync(string name, byte[] content)
    {
        _uploads.Put(name, content, DateTimeOffset.UnixEpoch);
        return Assert.IsType<UploadOutcome.Accepted>(await _pipeline.Processor.ProcessAsync(name, CancellationToken.None));
    }
}
