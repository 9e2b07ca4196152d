using System.Text.RegularExpressions;

namespace AnnualReports.Publishing;

/// <summary>Agency ids are lowercase URL-safe slugs: they become folder names on the public site.</summary>
public static partial class AgencyIds
{
    public const string PatternText = "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$";

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    public static string Require(string id) =>
        IsValid(id) ? id : throw new ArgumentException($"'{id}' is not a valid agency id.", nameof(id));

    [GeneratedRegex(PatternText, RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
