using AnnualReports.Publishing;

namespace AnnualReports.Regeneration;

/// <summary>What one batch did: reports regenerated, reports that failed, and the failures named with why.</summary>
public sealed record BatchOutcome(int Done, int Failed, IReadOnlyList<RegenerationFailure> Failures, DateTimeOffset At);
