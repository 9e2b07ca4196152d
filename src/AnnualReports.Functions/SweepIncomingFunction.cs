using AnnualReports.Publishing;
using Microsoft.Azure.Functions.Worker;

namespace AnnualReports.Functions;

/// <summary>
/// Reconciliation on a timer (app setting <c>SweepSchedule</c>, every 15 minutes by default): processes the uploads
/// whose event never arrived and retries failed ones whose backoff is over.
/// </summary>
public sealed class SweepIncomingFunction(IncomingSweep sweep)
{
    [Function("SweepIncoming")]
    public Task Run([TimerTrigger("%SweepSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        sweep.SweepAsync(cancellationToken);
}
