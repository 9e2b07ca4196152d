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
        Assert.Equal(RegenerationScope.All, await Scope(Request(), CancellationToken.None));
    }

    [Fact]
    public async Task ReadsAgencyAndYearFromTheQuery()
    {
        var scope = await Scope(Request("?agency=weixian-gov-office&year=2021"), CancellationToken.None);

        Assert.Equal(new RegenerationScope("weixian-gov-office", 2021), scope);
    }

    [Fact]
    public async Task ReadsAgencyAndYearFromAJsonBody()
    {
        var scope = await Scope(Request(json: """{"agency":"weixian-gov-office","year":2021}"""), CancellationToken.None);

        Assert.Equal(new RegenerationScope("weixian-gov-office", 2021), scope);
    }

    [Fact]
    public async Task AsksForAVerifiedRunFromTheQueryOrTheBody()
    {
        var fromQuery = await Scope(Request("?verify=true"), CancellationToken.None);
        var fromBody = await Scope(Request(json: """{"verify":true}"""), CancellationToken.None);

        Assert.Equal(RegenerationScope.All with { Verify = true }, fromQuery);
        Assert.Equal(RegenerationScope.All with { Verify = true }, fromBody);
        Assert.False((await Scope(Request("?agency=weixian-gov-office"), CancellationToken.None)).Verify);
    }

    [Theory]
    [InlineData("?year=2021")]
    [InlineData("?agency=weixian-gov-office&year=twenty")]
    [InlineData("?agency=../etc")]
    public async Task UnusableInputBecomesAScopeTheRegeneratorRefuses(string query)
    {
        var scope = await Scope(Request(query), CancellationToken.None);

        Assert.NotNull(scope.Problem);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"agency\": 42}")]
    [InlineData("{\"agncy\": \"weixian-gov-office\"}")]
    [InlineData("[1, 2]")]
    [InlineData("null")]
    public async Task ABodyThatIsNotTheScopeObjectIsAProblemNotTheWholeSite(string body)
    {
        var bound = await RegenerationRequest.ReadAsync(Request(json: body), CancellationToken.None);

        Assert.NotNull(bound.Problem);
        Assert.Contains("JSON", bound.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOversizedBodyIsRefusedWithoutReadingItAll()
    {
        var bound = await RegenerationRequest.ReadAsync(Request(json: new string(' ', RegenerationRequest.MaxBodyBytes + 1)), CancellationToken.None);

        Assert.Contains("larger than", bound.Problem, StringComparison.Ordinal);
    }

    private static async Task<RegenerationScope> Scope(HttpRequest request, CancellationToken cancellationToken)
    {
        var bound = await RegenerationRequest.ReadAsync(request, cancellationToken);
        return bound.Scope;
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
