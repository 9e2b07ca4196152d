using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace AnnualReports.Azure.IntegrationTests.Faults;

/// <summary>
/// A made-up error answer is an error to the SDK, as a real one is: retried, never read as a success. (Before
/// <see cref="InjectedResponse.IsError"/>, an injected 500 on a point read was parsed as an empty entity and not retried.)
/// </summary>
[Collection(UsesAzurite.Name)]
public class InjectedResponseTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AnInjected500OnAPointReadIsRetriedLikeARealOne()
    {
        var name = "retry" + Guid.NewGuid().ToString("N")[..10];
        var clean = new TableClient(azurite.ConnectionString, name);
        await clean.CreateAsync();
        await clean.AddEntityAsync(new TableEntity("p", "r") { ["Data"] = "x" });
        var failOnce = new FailFirstGet();
        var options = new TableClientOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(5);
        options.AddPolicy(failOnce, HttpPipelinePosition.PerRetry);
        var faulty = new TableClient(azurite.ConnectionString, name, options);

        var entity = await faulty.GetEntityIfExistsAsync<TableEntity>("p", "r");
        var missing = await faulty.GetEntityIfExistsAsync<TableEntity>("p", "absent");

        Assert.Equal("x", entity.Value?.GetString("Data"));
        Assert.False(missing.HasValue);
        Assert.True(failOnce.Failed);
    }

    private sealed class FailFirstGet : HttpPipelinePolicy
    {
        public bool Failed { get; private set; }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => throw new NotSupportedException();

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            if (!Failed && message.Request.Method == RequestMethod.Get)
            {
                Failed = true;
                message.Response = new InjectedResponse(500, "InternalError", message.Request.ClientRequestId);
            }
        }
    }
}
