using AnnualReports.OpenData;
using Microsoft.Azure.Functions.Worker;

namespace AnnualReports.Functions;

/// <summary>
/// The open data files of the regions that had uploads since the last run, on a timer (app setting
/// <c>RegionDataSchedule</c>, every 10 minutes by default). An upload only marks its region due, so a county
/// publishing fifty reports in a morning rebuilds its files once per run, not fifty times.
/// </summary>
public sealed class RefreshRegionDataFunction(RegionDataPublisher regionData)
{
    [Function("RefreshRegionData")]
    public Task Run([TimerTrigger("%RegionDataSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        regionData.RefreshDueAsync(cancellationToken);
}
