using System.Globalization;

namespace AnnualReports.Parsing;

/// <summary>Builds RFC 6901 JSON pointers.</summary>
internal static class JsonPointers
{
    public static string Property(string parent, string name) =>
        $"{parent}/{name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";

    public static string Item(string parent, int index) => $"{parent}/{index.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The pointer one level up, or null for the root.</summary>
    public static string? Parent(string pointer)
    {
        if (pointer.Length == 0)
        {
            return null;
        }

        var slash = pointer.LastIndexOf('/');
        return slash <= 0 ? "" : pointer[..slash];
    }

    /// <summary>The last reference token, unescaped.</summary>
    public static string LastToken(string pointer) =>
        pointer[(pointer.LastIndexOf('/') + 1)..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
}
