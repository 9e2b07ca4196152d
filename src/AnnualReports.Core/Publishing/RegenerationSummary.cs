namespace AnnualReports.Publishing;

/// <summary>The answer of a regeneration.</summary>
/// <param name="Reports">How many reports were in scope.</param>
/// <param name="Written">Paths rewritten because their bytes changed.</param>
/// <param name="Unchanged">How many files already had the right bytes.</param>
/// <param name="Error">Why nothing was done (an invalid scope), or <c>null</c>.</param>
public sealed record RegenerationSummary(
    RegenerationScope Scope,
    int Reports,
    IReadOnlyList<string> Written,
    int Unchanged,
    IReadOnlyList<RegenerationFailure> Failed,
    string? Error)
{
    public static RegenerationSummary Invalid(RegenerationScope scope, string error) => new(scope, 0, [], 0, [], error);
}

/// <param name="Report">Site URL of the report that failed.</param>
public sealed record RegenerationFailure(string Report, string Reason);
