using AnnualReports.Azure.Tables;
using AnnualReports.Parsing;
using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using Azure.Data.Tables;

namespace AnnualReports.Azure.IntegrationTests.Tables;

[Collection(UsesAzurite.Name)]
public class TableReportIndexTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task KeepsTheCanonicalDataCompressedWithTheEntryAndLeavesItOutOfSummaryReads()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        var canonical = CanonicalJson.WriteUtf8(SampleReports.Weixian2021());
        await harness.Stores.Index.SaveAsync(Entry(SampleReports.Weixian2021(), canonical), canonical, null, CancellationToken.None);

        var stored = await harness.Stores.Index.ReadCanonicalAsync("weixian-gov-office", 2021, CancellationToken.None);
        var raw = (await harness.Reports.GetEntityAsync<TableEntity>("weixian-gov-office", "2021")).Value;
        var listed = Assert.Single(await harness.Stores.Index.ListAsync(CancellationToken.None));

        Assert.Equal(canonical, stored?.Content?.ToArray());
        Assert.Equal(ContentHash.Of(canonical), stored?.ContentHash);
        Assert.InRange(raw.GetBinary(TableReportIndex.CanonicalDataProperty)!.Length, 1, canonical.Length / 2);
        Assert.Equal(ContentHash.Of(canonical), listed.Summary.ContentHash);
    }

    [Fact]
    public async Task KeepsTheHeadlineFiguresAndReadsAnEntrySavedWithoutThemAsUnknown()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        var report = SampleReports.Weixian2021();
        var canonical = CanonicalJson.WriteUtf8(report);
        var entry = Entry(report, canonical);
        await harness.Stores.Index.SaveAsync(entry, canonical, null, CancellationToken.None);

        var read = await harness.Stores.Index.GetAsync("weixian-gov-office", 2021, CancellationToken.None);
        Assert.Equal(Trends.HeadlineFigures.From(report), read?.Summary.Figures);
        Assert.Equal(entry.Summary, read?.Summary);

        // An entity written before the figures were kept has no such property.
        var raw = (await harness.Reports.GetEntityAsync<TableEntity>("weixian-gov-office", "2021")).Value;
        Assert.True(raw.Remove("Figures"));
        await harness.Reports.UpdateEntityAsync(raw, raw.ETag, TableUpdateMode.Replace);

        var old = await harness.Stores.Index.GetAsync("weixian-gov-office", 2021, CancellationToken.None);
        Assert.Null(old?.Summary.Figures);
        Assert.Equal(entry.Summary with { Figures = null }, old?.Summary);
    }

    [Fact]
    public async Task StoresDataTooLargeForOnePropertyOnlyInTheArchive()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        var incompressible = new byte[200_000];
        new Random(7).NextBytes(incompressible);
        var entry = Entry(SampleReports.Weixian2021(), incompressible);

        Assert.Equal(WriteResult.Written, await harness.Stores.Index.SaveAsync(entry, incompressible, null, CancellationToken.None));
        var stored = await harness.Stores.Index.ReadCanonicalAsync("weixian-gov-office", 2021, CancellationToken.None);

        Assert.Null(stored?.Content);
        Assert.Equal(ContentHash.Of(incompressible), stored?.ContentHash);
    }

    [Fact]
    public async Task StreamsTheDataOfOneAgencyOrOfAll()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        foreach (var (agency, year) in new[] { ("agency-a", 2021), ("agency-a", 2022), ("agency-b", 2021) })
        {
            var report = SampleReports.Weixian2021().WithAgency(a => a with { Id = agency }).WithYear(year);
            var canonical = CanonicalJson.WriteUtf8(report);
            await harness.Stores.Index.SaveAsync(Entry(report, canonical), canonical, null, CancellationToken.None);
        }

        var all = await harness.Stores.Index.StreamCanonicalAsync(null, CancellationToken.None).ToListAsync();
        var one = await harness.Stores.Index.StreamCanonicalAsync("agency-a", CancellationToken.None).ToListAsync();

        Assert.Equal(3, all.Count);
        Assert.Equal([("agency-a", 2021), ("agency-a", 2022)], one.Select(s => (s.AgencyId, s.Year)).Order());
        Assert.All(all, s => Assert.Equal(s.ContentHash, ContentHash.Of(s.Content!.Value.Span)));
    }

    [Fact]
    public async Task StreamsWhereEveryEntryIsListedWithoutItsData()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        foreach (var (agency, year, code) in new[] { ("agency-a", 2021, "130533"), ("agency-a", 2022, "130533"), ("agency-b", 2021, "371003") })
        {
            var report = SampleReports.Weixian2021().WithAgency(a => a with { Id = agency, RegionCode = code }).WithYear(year);
            var canonical = CanonicalJson.WriteUtf8(report);
            await harness.Stores.Index.SaveAsync(Entry(report, canonical), canonical, null, CancellationToken.None);
        }

        var placements = await harness.Stores.Index.StreamPlacementsAsync(CancellationToken.None).ToListAsync();

        Assert.Equal(
            [new ReportPlacement("agency-a", 2021, "130533"), new ReportPlacement("agency-a", 2022, "130533"), new ReportPlacement("agency-b", 2021, "371003")],
            placements.OrderBy(p => p.AgencyId, StringComparer.Ordinal).ThenBy(p => p.Year));
    }

    private static IndexedReport Entry(AnnualReport report, byte[] canonical) => new(
        ReportSummary.From(report, DateTimeOffset.UnixEpoch, 0, ContentHash.Of(canonical)),
        ReportStatus.Published,
        "upload.json",
        "\"v1\"",
        DateTimeOffset.UnixEpoch,
        ValueList<FindingDigest>.Empty);
}
