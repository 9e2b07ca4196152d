using AnnualReports.Publishing;

namespace AnnualReports.Regeneration;

/// <summary>The status of a queued regeneration run (<c>GET /api/regenerations/{id}</c>).</summary>
/// <param name="Total">Reports in the run when it was planned.</param>
/// <param name="Done">Reports regenerated so far.</param>
/// <param name="Failed">Reports that could not be regenerated, each named in <paramref name="Failures"/> (a poisoned batch names its agencies).</param>
/// <param name="Finished">When the last batch was recorded and the listing pages refreshed, or <c>null</c> while running.</param>
public sealed record RegenerationRun(
    string Id,
    int Total,
    int Batches,
    int Done,
    int Failed,
    DateTimeOffset Started,
    DateTimeOffset? Finished,
    IReadOnlyList<RegenerationFailure> Failures)
{
    /// <summary>Whether every batch has been recorded (done or failed) and the listing pages refreshed.</summary>
    public bool Complete => Finished is not null;
}
