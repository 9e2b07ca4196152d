using System.Text;
using System.Text.Json;
using AnnualReports.Azure.Http;
using AnnualReports.Publishing;
using AnnualReports.Regeneration;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Fakes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AnnualReports.Functions.Tests;

/// <summary>Every answer of <c>POST /api/regenerate</c> is deliberate: a JSON body saying what happened, never an empty 500.</summary>
public class RegenerateFunctionTests
{
    private readonly PublishingPipeline _pipeline;
    private readonly InMemoryRegenerationBatches _batches = new();
    private readonly InMemoryRegenerationRuns _runs = new();

    public RegenerateFunctionTests()
    {
        var uploads = new InMemoryUploadStore();
        _pipeline = new PublishingPipeline(
            new PublishingStores(uploads, new InMemoryUploadLog(), new InMemoryReportIndex(), new InMemoryReportArchive(), new InMemoryRejectionStore(), new InMemorySiteStore(), new InMemorySummaryStore()),
            new InMemorySiteManifestStore());
        uploads.Put("weixian-gov-office/2021.json", SeedFiles.WeixianJson(), DateTimeOffset.UnixEpoch);
    }

    [Fact]
    public async Task AnUnknownAgencyIsNotFoundAndNamed()
    {
        await PublishSeedAsync();

        var (status, body) = await PostAsync("""{"agency": "no-such-agency"}""");

        Assert.Equal(StatusCodes.Status404NotFound, status);
        Assert.Equal("no-such-agency", body.GetProperty("agency").GetString());
        Assert.Contains("no-such-agency", body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownYearOfAKnownAgencyIsNotFoundAndNamed()
    {
        await PublishSeedAsync();

        var (status, body) = await PostAsync("""{"agency": "weixian-gov-office", "year": 2019}""");

        Assert.Equal(StatusCodes.Status404NotFound, status);
        Assert.Equal(2019, body.GetProperty("year").GetInt32());
        Assert.Contains("2019", body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsABadRequestSayingSo()
    {
        var (status, body) = await PostAsync("agency=weixian-gov-office");

        Assert.Equal(StatusCodes.Status400BadRequest, status);
        Assert.Contains("not a JSON object", body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKnownAgencyIsRegenerated()
    {
        await PublishSeedAsync();

        var (status, body) = await PostAsync("""{"agency": "weixian-gov-office"}""");

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.Equal(1, body.GetProperty("reports").GetInt32());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task TheWholeSiteIsQueuedAndAnsweredWithARunToFollow()
    {
        await PublishSeedAsync();

        var (status, body) = await PostAsync("{}");

        Assert.Equal(StatusCodes.Status202Accepted, status);
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal(1, body.GetProperty("total").GetInt32());
        Assert.Equal($"/api/regenerations/{id}", body.GetProperty("status").GetString());
        var batch = Assert.Single(_batches.Sent);
        Assert.Equal((id, 0, 1), (batch.RunId, batch.Number, batch.Reports));
        Assert.Equal(["weixian-gov-office"], batch.Agencies);
        var run = await _runs.GetAsync(id, CancellationToken.None);
        Assert.Equal((1, 0, 0, false), (run!.Total, run.Done, run.Failed, run.Complete));
    }

    [Fact]
    public async Task ARegionIsQueuedWithTheAgenciesListedUnderItAndAnUnknownRegionIsNotFound()
    {
        await PublishSeedAsync();

        var (province, provinceBody) = await PostAsync("""{"region": "130000"}""");
        var (elsewhere, elsewhereBody) = await PostAsync("""{"region": "370000"}""");
        var (unknown, unknownBody) = await PostAsync("""{"region": "999999"}""");

        Assert.Equal(StatusCodes.Status202Accepted, province);
        Assert.Equal(1, provinceBody.GetProperty("total").GetInt32());
        Assert.Equal(StatusCodes.Status202Accepted, elsewhere);
        Assert.Equal((0, 0), (elsewhereBody.GetProperty("total").GetInt32(), elsewhereBody.GetProperty("batches").GetInt32()));
        var batch = Assert.Single(_batches.Sent);
        Assert.Equal("130000", batch.Region);
        Assert.Equal(["weixian-gov-office"], batch.Agencies);
        Assert.True((await _runs.GetAsync(elsewhereBody.GetProperty("id").GetString()!, CancellationToken.None))!.Complete);
        Assert.Equal(StatusCodes.Status404NotFound, unknown);
        Assert.Equal("999999", unknownBody.GetProperty("region").GetString());
    }

    [Fact]
    public async Task ARegionWithAnAgencyIsABadRequest()
    {
        var (status, body) = await PostAsync("""{"region": "130000", "agency": "weixian-gov-office"}""");

        Assert.Equal(StatusCodes.Status400BadRequest, status);
        Assert.Contains("not both", body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStatusOfAnUnknownRunIsNotFoundAndNamed()
    {
        var result = Assert.IsType<JsonResult>(await new RegenerationStatusFunction(_runs).Run(new DefaultHttpContext().Request, "no-such-run", CancellationToken.None));

        Assert.Equal(StatusCodes.Status404NotFound, result.StatusCode);
        Assert.Equal(new RunNotFound("No regeneration run 'no-such-run' is known.", "no-such-run"), result.Value);
    }

    private async Task PublishSeedAsync() =>
        Assert.IsType<UploadOutcome.Accepted>(await _pipeline.Processor.ProcessAsync("weixian-gov-office/2021.json", CancellationToken.None));

    private async Task<(int Status, JsonElement Body)> PostAsync(string body)
    {
        var request = new DefaultHttpContext().Request;
        request.Method = "POST";
        var bytes = Encoding.UTF8.GetBytes(body);
        request.ContentType = "application/json";
        request.ContentLength = bytes.Length;
        request.Body = new MemoryStream(bytes);

        var result = Assert.IsType<JsonResult>(await new RegenerateFunction(_pipeline.Regenerator, new RegenerationPlanner(_pipeline.Stores.Index, _batches, _runs, TimeProvider.System)).Run(request, CancellationToken.None));
        Assert.Equal(ApiAnswer.JsonContentType, result.ContentType);
        var json = JsonSerializer.SerializeToElement(result.Value, result.SerializerSettings as JsonSerializerOptions);
        return (result.StatusCode ?? 200, json);
    }
}
