using AnnualReports.Publishing;

namespace AnnualReports.Regeneration;

/// <summary>What one batch did: reports regenerated, reports that failed, and the failures named with why.</summary>
/// <param name="Regions">The regions its agencies are listed in (a whole-site batch), whose pages the run's end refreshes.</param>
public sealed record BatchOutcome(int Done, int Failed, IReadOnlyList<RegenerationFailure> Failures, DateTimeOffset At, IReadOnlyList<string>? Regions = null);
