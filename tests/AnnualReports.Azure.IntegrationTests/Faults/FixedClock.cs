namespace AnnualReports.Azure.IntegrationTests.Faults;

/// <summary>
/// A clock that always reads the same instant, so two runs record the same publication times, while timers and
/// delays (the pipeline's backoff) run on the real clock.
/// </summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
