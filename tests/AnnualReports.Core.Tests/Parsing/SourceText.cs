using System.Text;

namespace AnnualReports.Core.Tests.Parsing;

/// <summary>Helpers to edit a data file as text and to say where something is in it.</summary>
internal static class SourceText
{
    /// <summary>1-based line and column (UTF-16 characters) of the first occurrence of <paramref name="needle"/>.</summary>
    public static (int Line, int Column) PositionOf(string text, string needle)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(index >= 0, $"\"{needle}\" is not in the text.");
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        if (index == 0)
        {
            lineStart = 0;
        }

        var line = text.AsSpan(0, index).Count('\n') + 1;
        return (line, index - lineStart + 1);
    }

    /// <summary>Replaces exactly one occurrence, failing if there is not exactly one.</summary>
    public static string ReplaceOnce(string text, string oldValue, string newValue)
    {
        var index = text.IndexOf(oldValue, StringComparison.Ordinal);
        Assert.True(index >= 0, $"\"{oldValue}\" is not in the text.");
        Assert.True(text.IndexOf(oldValue, index + 1, StringComparison.Ordinal) < 0, $"\"{oldValue}\" occurs more than once.");
        return string.Concat(text.AsSpan(0, index), newValue, text.AsSpan(index + oldValue.Length));
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
