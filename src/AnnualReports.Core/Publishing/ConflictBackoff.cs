namespace AnnualReports.Publishing;

/// <summary>How long an optimistic write waits before starting over after a conflict: jittered, growing, at most a second.</summary>
internal static class ConflictBackoff
{
    public static TimeSpan For(int attempt)
    {
        var ceiling = Math.Min(1000, 20 * (1 << Math.Min(attempt, 6)));
#pragma warning disable CA5394 // Jitter only spreads retries in time; it never reaches any output.
        return TimeSpan.FromMilliseconds(Random.Shared.Next(ceiling / 2, ceiling));
#pragma warning restore CA5394
    }
}
