using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace AnnualReports.Infra.Tests;

/// <summary>
/// The ARM JSON that `bicep build` makes of a Bicep file, with every resource of every module (nested deployment).
/// Each file is compiled once per test run.
/// </summary>
internal sealed class CompiledTemplate
{
    private static readonly ConcurrentDictionary<string, Lazy<CompiledTemplate>> Cache = new(StringComparer.Ordinal);

    private CompiledTemplate(JsonObject root)
    {
        Root = root;
        Resources = Collect(new TemplateScope(root, ModuleParameters: null, Parent: null)).ToList();
    }

    public JsonObject Root { get; }

    public IReadOnlyList<ArmResource> Resources { get; }

    public static CompiledTemplate Of(string bicepPath) =>
        Cache.GetOrAdd(bicepPath, path => new Lazy<CompiledTemplate>(() => Compile(path))).Value;

    public IReadOnlyList<ArmResource> OfType(string type) =>
        Resources.Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();

    public ArmResource Single(string type) => Assert.Single(OfType(type));

    private static CompiledTemplate Compile(string bicepPath)
    {
        var result = BicepCli.Run("build", bicepPath, "--stdout");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build {bicepPath} failed: {result.Diagnostics}");
        }
        return new CompiledTemplate(JsonNode.Parse(result.StandardOutput)!.AsObject());
    }

    private static IEnumerable<ArmResource> Collect(TemplateScope scope)
    {
        foreach (var node in scope.Template["resources"]!.AsArray())
        {
            var resource = node!.AsObject();
            var type = (string)resource["type"]!;
            yield return new ArmResource(type, resource, scope);
            if (type == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject nested)
            {
                var parameters = resource["properties"]!["parameters"] as JsonObject;
                foreach (var inner in Collect(new TemplateScope(nested, parameters, scope)))
                {
                    yield return inner;
                }
            }
        }
    }
}
