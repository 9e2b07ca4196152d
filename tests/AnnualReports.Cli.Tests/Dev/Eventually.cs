namespace AnnualReports.Cli.Tests.Dev;

/// <summary>Polls until a condition holds or a deadline passes; the test then asserts on the last answer.</summary>
public static class Eventually
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    public static async Task<T> PollAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? deadline = null)
    {
        using var timeout = new CancellationTokenSource(deadline ?? Deadline);
        var last = await probe();
        while (!done(last) && !timeout.IsCancellationRequested)
        {
            await Task.Delay(100, CancellationToken.None);
            last = await probe();
        }

        return last;
    }
}
