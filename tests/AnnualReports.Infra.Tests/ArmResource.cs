using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AnnualReports.Infra.Tests;

/// <summary>One resource of a compiled template, with the scope of the (module) template that declares it.</summary>
internal sealed partial record ArmResource(string Type, JsonObject Json, TemplateScope Scope)
{
    public string Name => (string)Json["name"]!;

    public JsonNode Properties => Json["properties"] ?? throw new InvalidOperationException($"{Type} has no properties.");

    public JsonNode? Resolve(JsonNode? node) => Scope.Resolve(node);

    public string? ResolveString(JsonNode? node) => Resolve(node)?.ToString();

    /// <summary>The value the declaring module receives for a parameter (or the parameter's default).</summary>
    public JsonNode? Parameter(string name) => Resolve(JsonValue.Create($"[parameters('{name}')]"));

    public JsonNode? Variable(string name) => Resolve(JsonValue.Create($"[variables('{name}')]"));

    /// <summary>The items of a copy loop whose count is <c>length(parameters|variables('x'))</c>.</summary>
    public IReadOnlyList<string> LoopItems()
    {
        var count = (string?)Json["copy"]?["count"]
            ?? throw new InvalidOperationException($"{Type} {Name} is not a copy loop.");
        var match = LengthOfReference().Match(count);
        Assert.True(match.Success, $"Unexpected loop count {count}.");
        var items = Resolve(JsonValue.Create($"[{match.Groups["reference"].Value}]"))!.AsArray();
        return items.Select(item => item!.ToString()).ToList();
    }

    [GeneratedRegex(@"^\[length\((?<reference>(parameters|variables)\('[A-Za-z0-9_]+'\))\)\]$")]
    private static partial Regex LengthOfReference();
}
