using AnnualReports.Findings;
using AnnualReports.Publishing;
using AnnualReports.Reports;

namespace AnnualReports.Rendering;

/// <summary>
/// Renders every page of the public site with Fluid templates. Pure: the same inputs give byte-identical output.
/// SKELETON: signatures agreed; the rendering work fills them in.
/// </summary>
public sealed class SiteRenderer
{
    public SiteRenderer(SiteOptions options) => Options = options;

    public SiteOptions Options { get; }

    /// <summary>The report page (<see cref="SitePaths.ReportPage"/>).</summary>
    public string RenderReportPage(AnnualReport report) => throw new NotImplementedException();

    /// <summary>The home page: all agencies, latest reports first.</summary>
    public string RenderHomePage(IReadOnlyList<ReportSummary> reports) => throw new NotImplementedException();

    /// <summary>One agency's page: its reports by year.</summary>
    public string RenderAgencyPage(string agencyId, IReadOnlyList<ReportSummary> reports) => throw new NotImplementedException();

    public string RenderNotFoundPage() => throw new NotImplementedException();

    public string RenderSitemap(IReadOnlyList<ReportSummary> reports) => throw new NotImplementedException();

    /// <summary>Atom feed of the newest reports by <see cref="ReportSummary.PublishedAt"/>.</summary>
    public string RenderFeed(IReadOnlyList<ReportSummary> reports) => throw new NotImplementedException();

    public string Stylesheet => throw new NotImplementedException();

    /// <summary>A readable rejection report for an upload that did not validate (kept private, for the office).</summary>
    public string RenderRejectionPage(string uploadName, IReadOnlyList<Finding> findings) => throw new NotImplementedException();
}
