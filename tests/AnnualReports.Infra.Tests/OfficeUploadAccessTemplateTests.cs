namespace AnnualReports.Infra.Tests;

/// <summary>An office's access: blob writes only, on the incoming container, and only under its own folder.</summary>
public class OfficeUploadAccessTemplateTests
{
    private const string BlobWrite = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write";
    private const string BlobAdd = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action";

    private static CompiledTemplate Template => CompiledTemplate.Of(InfraFiles.OfficeUploadAccess);

    [Fact]
    public void TheRoleMayOnlyWriteBlobs()
    {
        var role = Template.Single("Microsoft.Authorization/roleDefinitions");
        var permissions = Assert.Single(role.Properties["permissions"]!.AsArray())!;

        Assert.Empty(permissions["actions"]!.AsArray());
        Assert.Equal([BlobWrite, BlobAdd], permissions["dataActions"]!.AsArray().Select(a => role.ResolveString(a)));
        Assert.Equal("CustomRole", (string?)role.Properties["type"]);
    }

    [Fact]
    public void TheAssignmentIsOnIncomingAndLimitedToTheAgencysFolder()
    {
        var assignment = Template.Single("Microsoft.Authorization/roleAssignments");
        var condition = (string?)assignment.Properties["condition"];

        Assert.Equal("2.0", (string?)assignment.Properties["conditionVersion"]);
        Assert.Contains("blobServices/containers", (string?)assignment.Json["scope"], StringComparison.Ordinal);
        Assert.Equal("incoming", assignment.Parameter("incomingContainerName")?.ToString());
        Assert.Contains("variables('blobWrite')", condition, StringComparison.Ordinal);
        Assert.Contains("variables('blobAdd')", condition, StringComparison.Ordinal);
        Assert.Contains("containers/blobs:path] StringStartsWith ''{", condition, StringComparison.Ordinal);
        Assert.Contains("parameters('agencyId')", condition, StringComparison.Ordinal);
        Assert.Contains("roleDefinitions", (string?)assignment.Properties["roleDefinitionId"], StringComparison.Ordinal);
    }
}
