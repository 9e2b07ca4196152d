using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AnnualReports.TestKit;

namespace AnnualReports.Cli.Tests.Dev;

/// <summary>The dev host's HTTP API answers as the Functions app does (same routes, same handlers, same JSON).</summary>
[Collection(UsesDevHost.Name)]
public class ReportsApiTests(DevHostFixture stack)
{
    [Fact]
    public async Task RegeneratingAReportAnswersTheSummary()
    {
        using var response = await stack.Api.PostAsJsonAsync(new Uri("api/regenerate", UriKind.Relative), new { agency = "weixian-gov-office", year = 2021 });
        var summary = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, summary.GetProperty("reports").GetInt32());
        Assert.Equal("weixian-gov-office", summary.GetProperty("scope").GetProperty("agencyId").GetString());
        Assert.Empty(summary.GetProperty("failed").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task TheWholeSiteIsQueuedAndTheLocalRunConsumesTheQueueUntilTheRunIsComplete()
    {
        using var response = await stack.Api.PostAsync(new Uri("api/regenerate", UriKind.Relative), null);
        var started = await Json(response);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var total = started.GetProperty("total").GetInt32();
        Assert.True(total >= 1);
        var status = new Uri(started.GetProperty("status").GetString()!.TrimStart('/'), UriKind.Relative);
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        JsonElement run;
        do
        {
            await Task.Delay(250);
            using var poll = await stack.Api.GetAsync(status);
            Assert.Equal(HttpStatusCode.OK, poll.StatusCode);
            run = await Json(poll);
        }
        while (run.GetProperty("finished").ValueKind == JsonValueKind.Null && DateTimeOffset.UtcNow < deadline);

        Assert.NotEqual(JsonValueKind.Null, run.GetProperty("finished").ValueKind);
        Assert.Equal((total, total, 0), (run.GetProperty("total").GetInt32(), run.GetProperty("done").GetInt32(), run.GetProperty("failed").GetInt32()));
    }

    [Fact]
    public async Task AnUnknownRunIsNotFoundAndNamed()
    {
        using var response = await stack.Api.GetAsync(new Uri("api/regenerations/no-such-run", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("no-such-run", (await Json(response)).GetProperty("run").GetString());
    }

    [Fact]
    public async Task AYearWithoutAnAgencyIsABadRequest()
    {
        using var response = await stack.Api.PostAsync(new Uri("api/regenerate?year=2021", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await Json(response)).GetProperty("error").GetString()));
    }

    [Fact]
    public async Task AnAgencyNeverPublishedIsNotFoundAndNamed()
    {
        using var response = await stack.Api.PostAsJsonAsync(new Uri("api/regenerate", UriKind.Relative), new { agency = "no-such-agency" });
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("no-such-agency", body.GetProperty("agency").GetString());
        Assert.Contains("no-such-agency", body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsABadRequestSayingSo()
    {
        using var content = new StringContent("regenerate everything please", System.Text.Encoding.UTF8, "application/json");
        using var response = await stack.Api.PostAsync(new Uri("api/regenerate", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a JSON object", (await Json(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidatingTheSeedFindsNoErrors()
    {
        using var response = await stack.Api.PostAsync(new Uri("api/validate?name=weixian-2021.json", UriKind.Relative), new ByteArrayContent(SeedFiles.WeixianJson()));
        var findings = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(findings.GetProperty("valid").GetBoolean());
        Assert.Equal(0, findings.GetProperty("errorCount").GetInt32());
    }

    [Fact]
    public async Task ValidatingABrokenFileNamesTheRuleAndTheCell()
    {
        var content = await File.ReadAllBytesAsync(RepoPaths.File("seeds", "invalid", "t3-r1-balance-broken.json"));
        using var response = await stack.Api.PostAsync(new Uri("api/validate?name=broken.json", UriKind.Relative), new ByteArrayContent(content));
        var findings = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(findings.GetProperty("valid").GetBoolean());
        Assert.Contains(
            findings.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("ruleId").GetString() == "T3-R1"
                && f.GetProperty("cells")[0].GetProperty("pointer").GetString()!.StartsWith("/table3/", StringComparison.Ordinal)
                && f.GetProperty("location").GetProperty("line").GetInt32() > 1);
    }

    [Fact]
    public async Task ThePublishedSeedHasAnUploadRecord()
    {
        var (status, record) = await UploadStatusProbe.GetAsync(stack.Api, "weixian-2021.json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("accepted", record.Text("status"));
        Assert.Equal("/weixian-gov-office/2021/", record.Text("publishedUrl"));
    }

    [Fact]
    public async Task AnUploadNeverProcessedIsNotFound()
    {
        var (status, body) = await UploadStatusProbe.GetAsync(stack.Api, "nobody/never.json");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("nobody/never.json", body.Text("upload"));
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
