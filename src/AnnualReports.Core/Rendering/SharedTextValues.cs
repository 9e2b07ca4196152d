using System.Runtime.CompilerServices;
using Fluid.Values;

namespace AnnualReports.Rendering;

/// <summary>
/// Fluid wraps every string it reads from a view model in a new value. Strings that every page shares (cell
/// pointers, row heads) are wrapped once here, and so are one-character strings (most cell texts: "0", "3").
/// Keyed by the string instance, so a string not registered costs one lookup and nothing is kept alive.
/// </summary>
internal static class SharedTextValues
{
    private static readonly ConditionalWeakTable<string, StringValue> Values = [];

    /// <summary>Wraps <paramref name="text"/> once for all renders; returns it for use in a view model.</summary>
    public static string Share(string text)
    {
        Values.TryAdd(text, new StringValue(text));
        return text;
    }

    /// <summary>A <c>TemplateOptions.ValueConverters</c> entry: the shared value, or null to let Fluid wrap the value.</summary>
    public static object? Convert(object? value) => value switch
    {
        string { Length: <= 1 } text => StringValue.Create(text),
        string text when Values.TryGetValue(text, out var shared) => shared,
        _ => null,
    };
}
