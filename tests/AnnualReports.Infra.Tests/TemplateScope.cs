using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AnnualReports.Infra.Tests;

/// <summary>
/// A template and the parameter values its module call passes, inside its parent's scope. Resolves the plain
/// references <c>[parameters('x')]</c> and <c>[variables('x')]</c> (also inside arrays) to the values they
/// stand for; any other expression is returned as written.
/// </summary>
internal sealed partial record TemplateScope(JsonObject Template, JsonObject? ModuleParameters, TemplateScope? Parent)
{
    public JsonNode? Resolve(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                return new JsonArray(array.Select(item => Resolve(item)).ToArray());
            case JsonValue value when value.TryGetValue<string>(out var text):
                if (ParameterReference().Match(text) is { Success: true } parameter)
                {
                    var name = parameter.Groups["name"].Value;
                    if (ModuleParameters?[name]?["value"] is { } passed)
                    {
                        return Parent is null ? passed.DeepClone() : Parent.Resolve(passed);
                    }
                    return Resolve(Template["parameters"]?[name]?["defaultValue"]);
                }
                if (VariableReference().Match(text) is { Success: true } variable)
                {
                    return Resolve(Template["variables"]?[variable.Groups["name"].Value]);
                }
                return value.DeepClone();
            default:
                return node?.DeepClone();
        }
    }

    [GeneratedRegex(@"^\[parameters\('(?<name>[A-Za-z0-9_]+)'\)\]$")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"^\[variables\('(?<name>[A-Za-z0-9_]+)'\)\]$")]
    private static partial Regex VariableReference();
}
