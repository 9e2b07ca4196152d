using System.Reflection;
using System.Text.Json;
using AnnualReports.TestKit;

namespace AnnualReports.Functions.Tests;

/// <summary>The <c>functions.metadata</c> the Worker SDK generated in the Functions app's build output.</summary>
public static class FunctionsMetadata
{
    private static readonly Lazy<JsonElement> Document = new(Load);

    public static string FilePath
    {
        get
        {
            var configuration = typeof(FunctionsMetadata).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            return RepoPaths.File("src", "AnnualReports.Functions", "bin", configuration, "net10.0", "functions.metadata");
        }
    }

    public static IReadOnlyList<string> FunctionNames =>
        [.. Document.Value.EnumerateArray().Select(f => f.GetProperty("name").GetString() ?? "")];

    public static JsonElement Function(string name) =>
        Document.Value.EnumerateArray().Single(f => f.GetProperty("name").GetString() == name);

    /// <summary>The function's trigger binding (the one whose type ends in <c>Trigger</c>).</summary>
    public static JsonElement Trigger(string name) =>
        Function(name).GetProperty("bindings").EnumerateArray()
            .Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    private static JsonElement Load()
    {
        using var stream = File.OpenRead(FilePath);
        return JsonDocument.Parse(stream).RootElement.Clone();
    }
}
