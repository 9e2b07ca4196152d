namespace AnnualReports.Infra.Tests;

public class EventGridTemplateTests
{
    private static ArmResource SystemTopic => CompiledTemplate.Of(InfraFiles.Main).Single("Microsoft.EventGrid/systemTopics");

    private static ArmResource Subscription =>
        CompiledTemplate.Of(InfraFiles.EventGridSubscription).Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");

    [Fact]
    public void SystemTopicPublishesTheStorageAccountsEvents()
    {
        Assert.Equal("Microsoft.Storage.StorageAccounts", (string?)SystemTopic.Properties["topicType"]);
        Assert.Contains("Microsoft.Storage/storageAccounts", (string?)SystemTopic.Properties["source"], StringComparison.Ordinal);
    }

    [Fact]
    public void DeliversOnlyBlobCreatedEventsOfTheIncomingContainer()
    {
        var filter = Subscription.Properties["filter"]!;

        Assert.Equal(["Microsoft.Storage.BlobCreated"], filter["includedEventTypes"]!.AsArray().Select(type => (string?)type));
        Assert.Equal(
            "[format('/blobServices/default/containers/{0}/', parameters('incomingContainerName'))]",
            (string?)filter["subjectBeginsWith"]);
        Assert.Equal("incoming", Subscription.Parameter("incomingContainerName")?.ToString());
    }

    [Fact]
    public void DeliversOnlyCompletedWrites()
    {
        var advanced = Assert.Single(Subscription.Properties["filter"]!["advancedFilters"]!.AsArray())!;

        Assert.Equal("StringIn", (string?)advanced["operatorType"]);
        Assert.Equal("data.api", (string?)advanced["key"]);
        Assert.Equal(["CopyBlob", "PutBlob", "PutBlockList", "FlushWithClose"], advanced["values"]!.AsArray().Select(api => (string?)api));
    }

    [Fact]
    public void CallsTheBlobTriggerWebhookWithTheBlobsExtensionKey()
    {
        var destination = Subscription.Properties["destination"]!;
        var endpoint = (string?)destination["properties"]!["endpointUrl"];

        Assert.Equal("WebHook", (string?)destination["endpointType"]);
        Assert.NotNull(endpoint);
        Assert.StartsWith("[format('https://{0}/runtime/webhooks/blobs?functionName=Host.Functions.{1}&code={2}'", endpoint, StringComparison.Ordinal);
        Assert.Contains("/host/default", endpoint, StringComparison.Ordinal);
        Assert.Contains("listKeys(", endpoint, StringComparison.Ordinal);
        Assert.Contains(".systemKeys.blobs_extension", endpoint, StringComparison.Ordinal);
        Assert.Equal("ProcessUpload", Subscription.Parameter("functionName")?.ToString());
    }

    [Fact]
    public void NeverOutputsTheKey()
    {
        var outputs = CompiledTemplate.Of(InfraFiles.EventGridSubscription).Root["outputs"]?.ToJsonString() ?? "";

        Assert.DoesNotContain("listKeys", outputs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("blobs_extension", outputs, StringComparison.OrdinalIgnoreCase);
    }
}
