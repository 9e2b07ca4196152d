using System.Net;
using AnnualReports.Azure.Http;

namespace AnnualReports.Cli.Tests.Dev;

/// <summary>The local run's <c>POST /api/validate</c> refuses an oversized body with 413, as the Functions app does.</summary>
[Collection(UsesDevHost.Name)]
public class ValidateBodyLimitApiTests(DevHostFixture stack)
{
    [Fact]
    public async Task RefusesABodyOverTheLimitWith413()
    {
        using var content = new ByteArrayContent(new byte[ReportsApi.MaxValidateBodyBytes + 1]);
        using var response = await stack.Api.PostAsync(new Uri("api/validate?name=big.json", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
