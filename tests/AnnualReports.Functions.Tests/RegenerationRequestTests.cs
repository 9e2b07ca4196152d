using System.Text;
using AnnualReports.Azure.Http;
using AnnualReports.Publishing;
using Microsoft.AspNetCore.Http;

namespace AnnualReports.Functions.Tests;

public class RegenerationRequestTests
{
    [Fact]
    public async Task AnEmptyRequestMeansTheWholeSite()
    {
        Assert.Equal(RegenerationScope.All, await RegenerationRequest.ReadAsync(Request(), CancellationToken.None));
    }

    [Fact]
    public async Task ReadsAgencyAndYearFromTheQuery()
    {
        var scope = await RegenerationRequest.ReadAsync(Request("?agency=weixian-gov-office&year=2021"), CancellationToken.None);

        Assert.Equal(new RegenerationScope("weixian-gov-office", 2021), scope);
    }

    [Fact]
    public async Task ReadsAgencyAndYearFromAJsonBody()
    {
        var scope = await RegenerationRequest.ReadAsync(Request(json: """{"agency":"weixian-gov-office","year":2021}"""), CancellationToken.None);

        Assert.Equal(new RegenerationScope("weixian-gov-office", 2021), scope);
    }

    [Fact]
    public async Task AsksForAVerifiedRunFromTheQueryOrTheBody()
    {
        var fromQuery = await RegenerationRequest.ReadAsync(Request("?verify=true"), CancellationToken.None);
        var fromBody = await RegenerationRequest.ReadAsync(Request(json: """{"verify":true}"""), CancellationToken.None);

        Assert.Equal(RegenerationScope.All with { Verify = true }, fromQuery);
        Assert.Equal(RegenerationScope.All with { Verify = true }, fromBody);
        Assert.False((await RegenerationRequest.ReadAsync(Request("?agency=weixian-gov-office"), CancellationToken.None)).Verify);
    }

    [Theory]
    [InlineData("?year=2021")]
    [InlineData("?agency=weixian-gov-office&year=twenty")]
    [InlineData("?agency=../etc")]
    public async Task UnusableInputBecomesAScopeTheRegeneratorRefuses(string query)
    {
        var scope = await RegenerationRequest.ReadAsync(Request(query), CancellationToken.None);

        Assert.NotNull(scope.Problem);
    }

    private static HttpRequest Request(string query = "", string? json = null)
    {
        var request = new DefaultHttpContext().Request;
        request.Method = "POST";
        request.QueryString = new QueryString(query);
        if (json is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            request.ContentType = "application/json";
            request.ContentLength = bytes.Length;
            request.Body = new MemoryStream(bytes);
        }

        return request;
    }
}
