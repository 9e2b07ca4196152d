using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace AnnualReports.Infra.Tests;

public partial class AzdProjectTests
{
    private static YamlMappingNode AzureYaml()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(RepositoryFiles.PathOf("azure.yaml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Scalar(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }
        return ((YamlScalarNode)node).Value ?? "";
    }

    [Fact]
    public void DeclaresTheFunctionsProjectAsServiceApi()
    {
        var root = AzureYaml();

        Assert.Equal("./src/AnnualReports.Functions", Scalar(root, "services", "api", "project"));
        Assert.Equal("dotnet", Scalar(root, "services", "api", "language"));
        Assert.Equal("function", Scalar(root, "services", "api", "host"));
        Assert.Equal("infra", Scalar(root, "infra", "path"));
        Assert.Equal("main", Scalar(root, "infra", "module"));
    }

    [Fact]
    public void PostdeployHooksExistForBothShells()
    {
        var root = AzureYaml();

        foreach (var shell in new[] { "posix", "windows" })
        {
            var script = Scalar(root, "hooks", "postdeploy", shell, "run");
            Assert.True(File.Exists(RepositoryFiles.PathOf(script)), $"{script} is missing.");
            Assert.Contains("infra/eventgrid/subscription.bicep", File.ReadAllText(RepositoryFiles.PathOf(script)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ParametersFileFeedsEveryRequiredParameterFromTheAzdEnvironment()
    {
        var parameters = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("infra/main.parameters.json")))!["parameters"]!;
        var declared = CompiledTemplate.Of(InfraFiles.Main).Root["parameters"]!.AsObject();

        Assert.Equal("${AZURE_ENV_NAME}", (string?)parameters["environmentName"]!["value"]);
        Assert.Equal("${AZURE_LOCATION}", (string?)parameters["location"]!["value"]);
        Assert.Equal("${AZURE_PRINCIPAL_ID}", (string?)parameters["principalId"]!["value"]);
        foreach (var (name, definition) in declared)
        {
            Assert.True(
                definition!["defaultValue"] is not null || parameters[name] is not null,
                $"Parameter {name} has no default and no value in main.parameters.json.");
        }
    }

    [Theory]
    [InlineData("AZURE_LOCATION")]
    [InlineData("AZURE_RESOURCE_GROUP")]
    [InlineData("AZURE_FUNCTION_APP_NAME")]
    [InlineData("AZURE_STORAGE_ACCOUNT_NAME")]
    [InlineData("AZURE_STATIC_WEBSITE_URL")]
    public void OutputsWhatTheDeployGuideReads(string output)
    {
        var outputs = CompiledTemplate.Of(InfraFiles.Main).Root["outputs"]!.AsObject();

        Assert.True(outputs.ContainsKey(output), $"main.bicep does not output {output}.");
    }

    [Fact]
    public void OutputsEveryEnvironmentValueThePostdeployHookReads()
    {
        var outputs = CompiledTemplate.Of(InfraFiles.Main).Root["outputs"]!.AsObject();
        var hook = File.ReadAllText(RepositoryFiles.PathOf("scripts/azd/postdeploy.sh"));

        // AZURE_SUBSCRIPTION_ID belongs to azd itself; every other value comes from main.bicep's outputs.
        var read = EnvironmentReference().Matches(hook).Select(match => match.Groups["name"].Value)
            .Where(name => name != "AZURE_SUBSCRIPTION_ID").ToHashSet();

        Assert.NotEmpty(read);
        Assert.All(read, name => Assert.True(outputs.ContainsKey(name), $"main.bicep does not output {name}."));
    }

    [Fact]
    public void StaticWebsiteUrlOutputIsTheWebEndpoint()
    {
        var output = (string?)CompiledTemplate.Of(InfraFiles.Main).Root["outputs"]!["AZURE_STATIC_WEBSITE_URL"]!["value"];

        Assert.Contains("outputs.webEndpoint", output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\$\{(?<name>AZURE_[A-Z_]+)")]
    private static partial Regex EnvironmentReference();
}
