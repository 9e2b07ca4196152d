using AnnualReports.Azure;
using Azure.Identity;

namespace AnnualReports.Functions.Tests;

/// <summary>Deployed, the app uses its managed identity alone; on a developer's machine, the default chain.</summary>
public class StorageCredentialTests
{
    [Theory]
    [InlineData("managedidentity", "00000000-0000-0000-0000-000000000001")]
    [InlineData("ManagedIdentity", null)]
    public void TheManagedIdentitySettingUsesTheManagedIdentityOnly(string kind, string? clientId)
    {
        Assert.IsType<ManagedIdentityCredential>(StorageClients.Credential(kind, clientId));
    }

    [Fact]
    public void WithoutTheSettingTheDefaultChainIsUsed()
    {
        Assert.IsType<DefaultAzureCredential>(StorageClients.Credential(null, null));
    }
}
