using AnnualReports.Azure.Local;
using AnnualReports.Demo;
using AnnualReports.Parsing;
using AnnualReports.Publishing;

namespace AnnualReports.Cli.Dev;

/// <summary>
/// Publishes the made-up demonstration site (<see cref="DemoSite"/>: nine agencies in five regions, six years each)
/// through <c>incoming</c> and the upload pipeline, as an operator's uploads, so the local run shows trends, year-on-year
/// changes and region totals. Uploads already there with the same bytes are processed again as no-ops.
/// </summary>
public static class DemoPublisher
{
    public static async Task<IReadOnlyList<UploadOutcome>> PublishAsync(IncomingUploads incoming, UploadProcessor processor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(processor);
        var outcomes = new List<UploadOutcome>();
        foreach (var report in DemoSite.Reports())
        {
            var name = DemoSite.UploadName(report);
            await incoming.UploadAsync(name, CanonicalJson.WriteUtf8(report), skipIfSame: true, cancellationToken).ConfigureAwait(false);
            outcomes.Add(await processor.ProcessAsync(name, cancellationToken).ConfigureAwait(false));
        }

        return outcomes;
    }
}
