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
    public void RetriesThirtyTimesWithinADayThenDeadLettersWithTheTopicsIdentity()
    {
        var retry = Subscription.Properties["retryPolicy"]!;
        var deadLetter = Subscription.Properties["deadLetterWithResourceIdentity"]!;

        Assert.Equal(30, (int)retry["maxDeliveryAttempts"]!);
        Assert.Equal(1440, (int)retry["eventTimeToLiveInMinutes"]!);
        Assert.Equal("SystemAssigned", (string?)deadLetter["identity"]!["type"]);
        Assert.Equal("StorageBlob", (string?)deadLetter["deadLetterDestination"]!["endpointType"]);
        Assert.Contains("Microsoft.Storage/storageAccounts", (string?)deadLetter["deadLetterDestination"]!["properties"]!["resourceId"], StringComparison.Ordinal);
        Assert.Equal("deadletter", Subscription.ResolveString(deadLetter["deadLetterDestination"]!["properties"]!["blobContainerName"]));
        Assert.Null(Subscription.Properties["deadLetterDestination"]);
    }

    [Fact]
    public void SystemTopicHasAnIdentityAllowedToWriteOnlyIntoTheDeadLetterContainer()
    {
        var main = CompiledTemplate.Of(InfraFiles.Main);
        var writer = Assert.Single(main.OfType("Microsoft.Authorization/roleAssignments"), a =>
            ((string?)a.Properties["principalId"])?.Contains("Microsoft.EventGrid/systemTopics", StringComparison.Ordinal) == true);

        Assert.Equal("SystemAssigned", (string?)SystemTopic.Json["identity"]!["type"]);
        Assert.Equal("ba92f5b4-2d11-453d-a403-e96b0029c9fe", (string?)writer.Variable("roleIds")!["storageBlobDataContributor"]);
        Assert.Contains("storageBlobDataContributor", (string?)writer.Properties["roleDefinitionId"], StringComparison.Ordinal);
        Assert.Contains("blobServices/containers", (string?)writer.Json["scope"], StringComparison.Ordinal);
        Assert.Equal("deadletter", writer.Parameter("deadLetterContainerName")?.ToString());
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
