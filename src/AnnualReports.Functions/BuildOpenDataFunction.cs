using AnnualReports.OpenData;
using Microsoft.Azure.Functions.Worker;

namespace AnnualReports.Functions;

/// <summary>
/// The open data files on a timer (app setting <c>OpenDataSchedule</c>, daily at 02:30 UTC by default): the
/// site-wide <c>data/reports.csv|json</c>, the dictionary page and every region's files, from the reports table.
/// Files whose data did not change are not rewritten.
/// </summary>
public sealed class BuildOpenDataFunction(SiteDataPublisher openData)
{
    [Function("BuildOpenData")]
    public Task Run([TimerTrigger("%OpenDataSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        openData.PublishAllAsync(cancellationToken);
}
