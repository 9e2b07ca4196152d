namespace AnnualReports.Azure.IntegrationTests.Faults;

/// <summary>
/// A clock that reads the same instant until a test moves it, so two runs record the same publication times, while timers and
/// delays (the pipeline's backoff) run on the real clock.
/// </summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The instant the clock reads until moved.</summary>
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
