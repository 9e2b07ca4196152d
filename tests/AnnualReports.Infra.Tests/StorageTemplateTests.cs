namespace AnnualReports.Infra.Tests;

public class StorageTemplateTests
{
    private static CompiledTemplate Main => CompiledTemplate.Of(InfraFiles.Main);

    private static ArmResource Account => Main.Single("Microsoft.Storage/storageAccounts");

    [Fact]
    public void AccountIsGeneralPurposeV2()
    {
        Assert.Equal("StorageV2", (string?)Account.Json["kind"]);
    }

    [Fact]
    public void AccountRefusesSharedKeysAnonymousBlobsPlainHttpAndOldTls()
    {
        var properties = Account.Properties;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
    }

    [Fact]
    public void StaticWebsiteServesIndexAndNotFoundDocuments()
    {
        var blobService = Main.Single("Microsoft.Storage/storageAccounts/blobServices");
        var website = blobService.Properties["staticWebsite"]!;

        Assert.True((bool)website["enabled"]!);
        Assert.Equal("index.html", blobService.ResolveString(website["indexDocument"]));
        Assert.Equal("404.html", blobService.ResolveString(website["errorDocument404Path"]));
    }

    [Fact]
    public void CreatesIncomingArchiveRejectionsDeadLetterAndTheFlexDeploymentContainer()
    {
        var containers = Main.OfType("Microsoft.Storage/storageAccounts/blobServices/containers");
        var incoming = containers.Single(container => container.Json["copy"] is null);
        var others = containers.Single(container => container.Json["copy"] is not null);

        Assert.Contains("parameters('incomingContainerName')", incoming.Name, StringComparison.Ordinal);
        Assert.Equal("incoming", incoming.Parameter("incomingContainerName")?.ToString());
        var otherNames = others.LoopItems();
        Assert.Equal(4, otherNames.Count);
        Assert.Equal("archive", otherNames[0]);
        Assert.Equal("rejections", otherNames[1]);
        Assert.Equal("deadletter", otherNames[2]);
        Assert.StartsWith("[format('app-package-", otherNames[3], StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsEveryContainerPrivate()
    {
        var containers = Main.OfType("Microsoft.Storage/storageAccounts/blobServices/containers");

        Assert.NotEmpty(containers);
        Assert.All(containers, container => Assert.Equal("None", (string?)container.Properties["publicAccess"]));
    }

    [Fact]
    public void CreatesTheReportsAndUploadsTables()
    {
        var tables = Main.Single("Microsoft.Storage/storageAccounts/tableServices/tables");

        Assert.Equal(["reports", "uploads", "summaries", "regenerations"], tables.LoopItems());
    }

    [Fact]
    public void CreatesTheRegenerationQueueAndItsPoisonQueue()
    {
        var queues = Main.Single("Microsoft.Storage/storageAccounts/queueServices/queues");

        Assert.Equal(["regenerate", "regenerate-poison"], queues.LoopItems());
    }

    [Fact]
    public void FunctionAppDeploysFromTheContainerTheStorageModuleCreates()
    {
        var storageModule = Main.OfType("Microsoft.Resources/deployments").Single(module => module.Name == "storage");
        var appModule = Main.OfType("Microsoft.Resources/deployments").Single(module => module.Name == "functionapp");

        var created = storageModule.Resolve(storageModule.Properties["parameters"]!["otherContainerNames"]!["value"])!
            .AsArray().Select(name => name!.ToString());
        var deployedFrom = appModule.ResolveString(appModule.Properties["parameters"]!["deploymentContainerName"]!["value"]);

        Assert.Contains(deployedFrom, created);
    }
}
