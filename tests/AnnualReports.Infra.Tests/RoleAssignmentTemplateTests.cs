using System.Text.RegularExpressions;

namespace AnnualReports.Infra.Tests;

public partial class RoleAssignmentTemplateTests
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
    private const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";

    private static CompiledTemplate Main => CompiledTemplate.Of(InfraFiles.Main);

    private static IReadOnlyList<ArmResource> Assignments => Main.OfType("Microsoft.Authorization/roleAssignments");

    [Fact]
    public void AppIdentityGetsBlobOwnerQueueAndTableContributorOnTheStorageAccount()
    {
        var storageAssignments = Assert.Single(Assignments, assignment => assignment.Json["copy"] is not null);

        var roles = storageAssignments.LoopItems().Select(item => RoleIdOf(item, storageAssignments)).ToHashSet();

        Assert.Equal([StorageBlobDataOwner, StorageQueueDataContributor, StorageTableDataContributor], roles);
        Assert.StartsWith("[resourceId('Microsoft.Storage/storageAccounts'", (string?)storageAssignments.Json["scope"], StringComparison.Ordinal);
        Assert.Contains("userAssignedIdentities", (string?)storageAssignments.Properties["principalId"], StringComparison.Ordinal);
    }

    [Fact]
    public void AppIdentityMayOnlyPublishMetricsToApplicationInsights()
    {
        var telemetry = Assert.Single(Assignments, assignment =>
            ((string?)assignment.Json["scope"])?.Contains("Microsoft.Insights/components", StringComparison.Ordinal) == true);

        Assert.Equal(MonitoringMetricsPublisher, RoleIdOf((string)telemetry.Properties["roleDefinitionId"]!, telemetry));
    }

    [Fact]
    public void DeployerMayOnlyWriteBlobsIntoIncoming()
    {
        var deployer = Assert.Single(Assignments, assignment => assignment.Json["condition"] is not null);

        Assert.Equal(StorageBlobDataContributor, RoleIdOf((string)deployer.Properties["roleDefinitionId"]!, deployer));
        Assert.Contains("blobServices/containers", (string?)deployer.Json["scope"], StringComparison.Ordinal);
        Assert.Equal("incoming", deployer.Parameter("incomingContainerName")?.ToString());
    }

    [Fact]
    public void GrantsNoOtherRoleAnywhere()
    {
        var allowed = new[]
        {
            StorageBlobDataOwner, StorageQueueDataContributor, StorageTableDataContributor,
            MonitoringMetricsPublisher, StorageBlobDataContributor,
        };

        // The app's storage roles (one loop), its telemetry role, the deployer's, and the Event Grid topic's dead-letter writer.
        Assert.Equal(4, Assignments.Count);
        var referenced = Guid().Matches(Main.Root.ToJsonString()).Select(match => match.Value).ToHashSet();
        Assert.Subset(allowed.ToHashSet(), referenced);
        Assert.Superset(allowed.ToHashSet(), referenced);
    }

    // roleDefinitionId is subscriptionResourceId('…/roleDefinitions', variables('roleIds').name); the loop items
    // are the same variables('roleIds').name references.
    private static string RoleIdOf(string reference, ArmResource declaredIn)
    {
        var match = RoleIdsMember().Match(reference);
        Assert.True(match.Success, $"Unexpected role reference {reference}.");
        return (string)declaredIn.Variable("roleIds")![match.Groups["name"].Value]!;
    }

    [GeneratedRegex(@"variables\('roleIds'\)\.(?<name>[A-Za-z]+)")]
    private static partial Regex RoleIdsMember();

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid();
}
