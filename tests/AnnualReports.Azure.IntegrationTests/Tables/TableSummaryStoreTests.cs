using AnnualReports.Azure.Tables;
using AnnualReports.Publishing.Ports;
using Azure.Data.Tables;

namespace AnnualReports.Azure.IntegrationTests.Tables;

[Collection(UsesAzurite.Name)]
public class TableSummaryStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ARowLongerThanAPropertyHoldsIsSplitAndReadBackWhole()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        var store = new TableSummaryStore(harness.Summaries);
        // A region's totals over many years: 100,000 characters, three properties' worth.
        var json = string.Concat(Enumerable.Range(0, 100_000).Select(i => (char)('0' + (i % 10))));

        Assert.Equal(WriteResult.Written, await store.WriteAsync("000000", "c~130000", json, null, CancellationToken.None));
        var read = await store.GetAsync("000000", "c~130000", CancellationToken.None);
        var listed = Assert.Single(await store.ListAsync("000000", CancellationToken.None));
        var raw = (await harness.Summaries.GetEntityAsync<TableEntity>("000000", "c~130000")).Value;

        Assert.Equal(json, read?.Json);
        Assert.Equal(json, listed.Json);
        Assert.Equal(TableSummaryStore.PartLength, raw.GetString(TableSummaryStore.DataProperty).Length);
        Assert.NotNull(raw.GetString("Data3"));
        Assert.Null(raw.GetString("Data4"));

        // Written shorter again, the row is one property, as every row was before.
        Assert.Equal(WriteResult.Written, await store.WriteAsync("000000", "c~130000", "{}", read!.ETag, CancellationToken.None));
        var shorter = (await harness.Summaries.GetEntityAsync<TableEntity>("000000", "c~130000")).Value;
        Assert.Equal("{}", (await store.GetAsync("000000", "c~130000", CancellationToken.None))?.Json);
        Assert.Null(shorter.GetString("Data1"));
    }
}
