using System.Text.Json.Nodes;

namespace AnnualReports.Infra.Tests;

public class FunctionAppTemplateTests
{
    private static CompiledTemplate Main => CompiledTemplate.Of(InfraFiles.Main);

    private static ArmResource Site => Main.Single("Microsoft.Web/sites");

    private static JsonObject AppSettings =>
        Main.Single("Microsoft.Web/sites/config").Properties.AsObject();

    [Fact]
    public void PlanIsFlexConsumption()
    {
        var plan = Main.Single("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", (string?)plan.Json["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan.Json["sku"]!["tier"]);
        Assert.True((bool)plan.Properties["reserved"]!);
    }

    [Fact]
    public void RunsDotnetIsolatedTen()
    {
        var runtime = Site.Properties["functionAppConfig"]!["runtime"]!;

        Assert.Equal("dotnet-isolated", Site.ResolveString(runtime["name"]));
        Assert.Equal("10.0", Site.ResolveString(runtime["version"]));
        Assert.Equal("functionapp,linux", (string?)Site.Json["kind"]);
    }

    [Fact]
    public void ReadsItsDeploymentPackageWithTheUserAssignedIdentity()
    {
        var storage = Site.Properties["functionAppConfig"]!["deployment"]!["storage"]!;

        Assert.Equal("blobContainer", (string?)storage["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)storage["authentication"]!["type"]);
        Assert.Equal(
            "[parameters('identityResourceId')]",
            (string?)storage["authentication"]!["userAssignedIdentityResourceId"]);
        Assert.Null(storage["authentication"]!["storageAccountConnectionStringName"]);
    }

    [Fact]
    public void BoundsScaleOutAndPerInstanceConcurrency()
    {
        var scale = Site.Properties["functionAppConfig"]!["scaleAndConcurrency"]!;

        Assert.Equal(40, (int)Site.Resolve(scale["maximumInstanceCount"])!);
        Assert.Equal(2048, (int)Site.Resolve(scale["instanceMemoryMB"])!);
        Assert.Equal(16, (int)Site.Resolve(scale["triggers"]!["http"]!["perInstanceConcurrency"])!);
    }

    [Fact]
    public void AcceptsHttpsOnlyWithTls12AndNoBasicPublishingCredentials()
    {
        Assert.True((bool)Site.Properties["httpsOnly"]!);
        Assert.Equal("1.2", (string?)Site.Properties["siteConfig"]!["minTlsVersion"]);
        var policies = Main.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies");
        Assert.Equal(2, policies.Count);
        Assert.All(policies, policy => Assert.False((bool)policy.Properties["allow"]!));
    }

    [Fact]
    public void RunsAsTheUserAssignedIdentityOnly()
    {
        Assert.Equal("UserAssigned", (string?)Site.Json["identity"]!["type"]);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage")]
    [InlineData("ReportsStorage")]
    public void ConnectsToStorageWithTheManagedIdentity(string connection)
    {
        var settings = AppSettings;

        Assert.Equal("managedidentity", (string?)settings[$"{connection}__credential"]);
        Assert.Equal("[parameters('identityClientId')]", (string?)settings[$"{connection}__clientId"]);
        Assert.Contains("primaryEndpoints.blob", (string?)settings[$"{connection}__blobServiceUri"], StringComparison.Ordinal);
        Assert.Contains("primaryEndpoints.queue", (string?)settings[$"{connection}__queueServiceUri"], StringComparison.Ordinal);
        Assert.Contains("primaryEndpoints.table", (string?)settings[$"{connection}__tableServiceUri"], StringComparison.Ordinal);
        Assert.Null(settings[connection]);
    }

    [Fact]
    public void SchedulesTheSweepEveryFifteenMinutesUnlessTold()
    {
        var config = Main.Single("Microsoft.Web/sites/config");

        Assert.Equal("0 */15 * * * *", config.ResolveString(AppSettings["SweepSchedule"]));
    }

    [Fact]
    public void SchedulesTheOpenDataBuildDailyUnlessTold()
    {
        var config = Main.Single("Microsoft.Web/sites/config");

        Assert.Equal("0 30 2 * * *", config.ResolveString(AppSettings["OpenDataSchedule"]));
    }

    [Fact]
    public void SchedulesTheRegionDataRebuildEveryTenMinutesUnlessTold()
    {
        var config = Main.Single("Microsoft.Web/sites/config");

        Assert.Equal("0 */10 * * * *", config.ResolveString(AppSettings["RegionDataSchedule"]));
    }

    [Fact]
    public void StoresNoKeyConnectionStringOrSecretInAppSettings()
    {
        var settings = AppSettings;

        foreach (var (name, value) in settings)
        {
            var text = value?.ToString() ?? "";
            Assert.DoesNotContain("AccountKey", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SharedAccessSignature", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("listKeys", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("DefaultEndpointsProtocol", text, StringComparison.OrdinalIgnoreCase);
            Assert.False(name.EndsWith("Key", StringComparison.OrdinalIgnoreCase), $"{name} looks like a key.");
            Assert.False(name.Contains("INSTRUMENTATIONKEY", StringComparison.OrdinalIgnoreCase), name);
        }
    }

    [Fact]
    public void LeavesTheWorkerRuntimeToFunctionAppConfig()
    {
        Assert.Null(AppSettings["FUNCTIONS_WORKER_RUNTIME"]);
        Assert.Null(AppSettings["FUNCTIONS_EXTENSION_VERSION"]);
        Assert.Null(AppSettings["WEBSITE_RUN_FROM_PACKAGE"]);
    }

    [Fact]
    public void SendsTelemetryAuthenticatedWithTheIdentityToKeylessApplicationInsights()
    {
        var authentication = (string?)AppSettings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"];
        var insights = Main.Single("Microsoft.Insights/components");

        Assert.Equal("[format('Authorization=AAD;ClientId={0}', parameters('identityClientId'))]", authentication);
        Assert.True((bool)insights.Properties["DisableLocalAuth"]!);
        Assert.NotNull(insights.Properties["WorkspaceResourceId"]);
        Assert.Single(Main.OfType("Microsoft.OperationalInsights/workspaces"));
    }

    [Fact]
    public void LinksThePublishedSiteToTheStaticWebsiteEndpoint()
    {
        var baseUrl = (string?)AppSettings["Site__BaseUrl"];

        Assert.NotNull(baseUrl);
        Assert.Contains("primaryEndpoints.web", baseUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void CarriesTheAzdServiceTagOfTheApiService()
    {
        var tags = (string?)Site.Json["tags"];

        Assert.Contains("'azd-service-name', parameters('serviceName')", tags, StringComparison.Ordinal);
        Assert.Equal("api", Site.Parameter("serviceName")?.ToString());
    }
}
