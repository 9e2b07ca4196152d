using System.Text.Json.Serialization;

namespace AnnualReports.Publishing;

/// <summary>The answer of a regeneration.</summary>
/// <param name="Reports">How many reports were in scope.</param>
/// <param name="Written">Paths rewritten because their bytes changed.</param>
/// <param name="Unchanged">How many files already had the right bytes.</param>
/// <param name="Error">Why nothing was done (an invalid scope, or one naming nothing published), or <c>null</c>.</param>
public sealed record RegenerationSummary(
    RegenerationScope Scope,
    int Reports,
    IReadOnlyList<string> Written,
    int Unchanged,
    IReadOnlyList<RegenerationFailure> Failed,
    string? Error)
{
    public static RegenerationSummary Invalid(RegenerationScope scope, string error) => new(scope, 0, [], 0, [], error);

    /// <summary>The scope names an agency or a report that is not published: nothing to regenerate.</summary>
    public static RegenerationSummary NothingPublished(RegenerationScope scope) => new(
        scope,
        0,
        [],
        0,
        [],
        scope.Year is { } year
            ? $"No report of agency '{scope.AgencyId}' for {year} is published."
            : $"No report of agency '{scope.AgencyId}' is published.")
    {
        ScopeNotFound = true,
    };

    /// <summary>Whether <see cref="Error"/> says the scope named nothing published (rather than being invalid).</summary>
    [JsonIgnore]
    public bool ScopeNotFound { get; init; }
}

/// <param name="Report">Site URL of the report that failed.</param>
public sealed record RegenerationFailure(string Report, string Reason);
