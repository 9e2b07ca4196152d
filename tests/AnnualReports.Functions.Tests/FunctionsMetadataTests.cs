namespace AnnualReports.Functions.Tests;

/// <summary>The Functions host cannot run here, so the bindings it would read are checked in the build's output.</summary>
public class FunctionsMetadataTests
{
    [Fact]
    public void DeclaresExactlyTheNineFunctions()
    {
        Assert.Equal(["BuildOpenData", "ProcessUpload", "RefreshRegionData", "Regenerate", "RegenerateBatch", "RegenerateBatchPoison", "RegenerationStatus", "SweepIncoming", "UploadStatus", "Validate"], FunctionsMetadata.FunctionNames.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("RegenerateBatch", "regenerate")]
    [InlineData("RegenerateBatchPoison", "regenerate-poison")]
    public void RegenerationBatchesAreQueueTriggersWithTheNamedConnection(string function, string queue)
    {
        var trigger = FunctionsMetadata.Trigger(function);

        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(queue, trigger.GetProperty("queueName").GetString());
        Assert.Equal("ReportsStorage", trigger.GetProperty("connection").GetString());
    }

    [Fact]
    public void SweepIncomingRunsOnTheScheduleOfItsSetting()
    {
        var trigger = FunctionsMetadata.Trigger("SweepIncoming");

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("%SweepSchedule%", trigger.GetProperty("schedule").GetString());
    }

    [Fact]
    public void BuildOpenDataRunsOnTheScheduleOfItsSetting()
    {
        var trigger = FunctionsMetadata.Trigger("BuildOpenData");

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("%OpenDataSchedule%", trigger.GetProperty("schedule").GetString());
    }

    [Fact]
    public void RefreshRegionDataRunsOnTheScheduleOfItsSetting()
    {
        var trigger = FunctionsMetadata.Trigger("RefreshRegionData");

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("%RegionDataSchedule%", trigger.GetProperty("schedule").GetString());
    }

    [Fact]
    public void ProcessUploadIsAnEventGridBlobTriggerOnIncomingWithTheNamedConnection()
    {
        var trigger = FunctionsMetadata.Trigger("ProcessUpload");

        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("incoming/{name}", trigger.GetProperty("path").GetString());
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
        Assert.Equal("ReportsStorage", trigger.GetProperty("connection").GetString());
    }

    [Theory]
    [InlineData("Regenerate", "post", "regenerate")]
    [InlineData("Validate", "post", "validate")]
    [InlineData("UploadStatus", "get", "uploads/{*name}")]
    [InlineData("RegenerationStatus", "get", "regenerations/{id}")]
    public void HttpFunctionsAnswerOnTheirRouteAndMethodWithFunctionKeys(string function, string method, string route)
    {
        var trigger = FunctionsMetadata.Trigger(function);

        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal([method], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("Function", trigger.GetProperty("authLevel").GetString());
    }

    [Fact]
    public void NoFunctionIsAnonymous()
    {
        var authLevels = FunctionsMetadata.FunctionNames
            .Select(FunctionsMetadata.Trigger)
            .Where(t => t.TryGetProperty("authLevel", out _))
            .Select(t => t.GetProperty("authLevel").GetString())
            .ToList();

        Assert.Equal(4, authLevels.Count);
        Assert.DoesNotContain("Anonymous", authLevels);
    }

    [Fact]
    public void TheHostJsonIsCopiedBesideTheMetadata()
    {
        var hostJson = Path.Combine(Path.GetDirectoryName(FunctionsMetadata.FilePath)!, "host.json");

        Assert.Contains("\"version\": \"2.0\"", File.ReadAllText(hostJson), StringComparison.Ordinal);
    }

    [Fact]
    public void TheHostRetriesABatchAsOftenAsThePoisonReasonAndTheLocalConsumerSay()
    {
        var hostJson = Path.Combine(Path.GetDirectoryName(FunctionsMetadata.FilePath)!, "host.json");
        using var host = System.Text.Json.JsonDocument.Parse(File.ReadAllText(hostJson));

        var maxDequeueCount = host.RootElement.GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32();

        Assert.Equal(AnnualReports.Azure.Queues.BatchMessageHandler.MaxDequeueCount, maxDequeueCount);
    }
}
