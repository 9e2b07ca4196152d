using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using AnnualReports.Findings;
using AnnualReports.Publishing;
using AnnualReports.Regions;
using AnnualReports.Reports;
using AnnualReports.Rendering.Charts;
using AnnualReports.Rendering.Views;
using AnnualReports.Trends;
using Fluid;
using Fluid.Values;

namespace AnnualReports.Rendering;

/// <summary>
/// Renders every page of the public site with Fluid templates. Pure: the same inputs give byte-identical output.
/// Templates are parsed once per renderer; each render gets a fresh <see cref="TemplateContext"/>. Thread-safe.
/// </summary>
/// <remarks>
/// Only the view-model records in <c>Rendering/Views</c> are visible to templates (an allow-list), undefined
/// variables and unknown filters throw, culture and time zone are fixed, the clock is unavailable, and every
/// value is HTML-encoded. The encoder leaves CJK text readable and encodes the characters that matter in HTML.
/// </remarks>
public sealed class SiteRenderer
{
    private static readonly FluidParser Parser = new();

    private static readonly Type[] ViewTypes =
    [
        typeof(PageShell), typeof(Crumb), typeof(HeaderCell), typeof(DataCell), typeof(TableRow), typeof(RowGroup),
        typeof(Table2View), typeof(Table2Block), typeof(Table3View), typeof(Table4View),
        typeof(ReportPageModel), typeof(NarrativeBlockView), typeof(ContactLine), typeof(YearOnYearView), typeof(ChangeRowView),
        typeof(RegionPageModel), typeof(RegionLinkView), typeof(ListedAgencyView), typeof(YearLinkView), typeof(PagerView), typeof(PageLinkView),
        typeof(AgencyPageModel), typeof(ReportEntry),
        typeof(AgencyTrendsView), typeof(TrendTableView), typeof(TrendRowView), typeof(RegionTotalsView), typeof(TotalsTablesView),
        typeof(ChartView), typeof(ChartGroupView), typeof(ChartBarView), typeof(ChartLegendView),
        typeof(RejectionPageModel), typeof(FindingView), typeof(FindingCellView),
        typeof(DataDictionaryModel), typeof(DataFileView), typeof(DataTableView), typeof(DataColumnView),
    ];

    /// <summary>Encodes &lt; &gt; &amp; quotes (and a few more) but leaves Chinese text as it is.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly TemplateOptions _options;
    private readonly Dictionary<string, IFluidTemplate> _pages;

    public SiteRenderer(SiteOptions options)
        : this(options, TemplateSet.Embedded())
    {
    }

    /// <summary>A renderer over another template set, e.g. templates read from a folder or changed in a test.</summary>
    public SiteRenderer(SiteOptions options, TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(templates);
        Options = options;
        Templates = templates;
        _options = CreateTemplateOptions(templates);
        _pages = TemplateSet.RequiredFiles
            .Where(name => name.EndsWith(".liquid", StringComparison.Ordinal))
            .ToDictionary(name => name, name => Parse(name, templates[name]), StringComparer.Ordinal);
        Fingerprint = FingerprintOf(options, templates);
    }

    /// <summary>
    /// Changes whenever the same data could render differently: another template, stylesheet or site setting, or
    /// another build of this assembly or of Fluid. Equal fingerprints and equal data give byte-identical pages.
    /// </summary>
    public string Fingerprint { get; }

    public SiteOptions Options { get; }

    /// <summary>The division list region pages and breadcrumbs are named from.</summary>
    public Divisions Divisions { get; } = Divisions.Embedded;

    public TemplateSet Templates { get; }

    /// <summary>The site's one stylesheet, served at <see cref="SitePaths.Stylesheet"/>.</summary>
    public string Stylesheet => Templates[TemplateNames.Stylesheet];

    /// <summary>The report page (<see cref="SitePaths.ReportPage"/>); its data file (<c>report.json</c> beside it) is linked by absolute path, so <c>/agency/2021</c> without a slash works too.</summary>
    /// <param name="previous">The same agency's report of the year before, for the year-on-year comparison; <c>null</c> when it is not published.</param>
    public string RenderReportPage(AnnualReport report, PreviousYearFigures? previous = null)
    {
        using var page = RenderReport(report, previous);
        return page.Text.ToString();
    }

    /// <summary>
    /// The report page as the UTF-8 bytes that are published, byte for byte <see cref="RenderReportPage"/> encoded,
    /// rendered without an intermediate string: the returned array is the render's only large allocation.
    /// </summary>
    public byte[] RenderReportPageUtf8(AnnualReport report, PreviousYearFigures? previous = null)
    {
        using var page = RenderReport(report, previous);
        return page.ToUtf8();
    }

    private PageBuffer RenderReport(AnnualReport report, PreviousYearFigures? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        var agency = report.Metadata.Agency;
        var model = ReportPageBuilder.Build(report, previous);
        var shell = Shell(
            model.Title,
            $"{agency.Name}{report.Metadata.Year}年政府信息公开工作年度报告：主动公开、依申请公开、行政复议和行政诉讼情况。",
            SitePaths.ReportUrl(agency.Id, report.Metadata.Year),
            [new Crumb("首页", "/", false), new Crumb(agency.Name, SitePaths.AgencyUrl(agency.Id), false), new Crumb($"{report.Metadata.Year}年", "", true)]);
        return RenderPage(TemplateNames.Report, "report", model, shell);
    }

    /// <summary>
    /// Page <paramref name="page"/> of a region: its sub-regions with their totals (first page) and
    /// <paramref name="agenciesPerPage"/> of its own agencies. The nation's first page is the home page.
    /// </summary>
    public string RenderRegionPage(RegionListing listing, int page, int agenciesPerPage)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var model = RegionPageBuilder.Build(listing, page, agenciesPerPage, Divisions) with
        {
            DataUrl = "/" + OpenData.DataPaths.RegionCsv(listing.Code)[..^"reports.csv".Length],
        };
        var url = SitePaths.RegionUrl(listing.Code, page);
        var pageSuffix = page > 1 ? $"（第{page}页）" : "";
        if (model.IsNational && page == 1)
        {
            var home = Shell(Options.SiteTitle, "各地区、各机关政府信息公开工作年度报告：按省、自治区、直辖市和中央国家机关列出。", "/", [new Crumb("首页", "", true)]);
            return Render(TemplateNames.Home, "region", model, home);
        }

        var shell = Shell(
            $"{model.Name}政府信息公开工作年度报告{pageSuffix}",
            $"{model.Name}各机关政府信息公开工作年度报告。",
            url,
            RegionPageBuilder.Crumbs(listing.Code, Divisions, lastIsCurrent: true));
        return Render(TemplateNames.Region, "region", model, shell);
    }

    /// <summary>How many pages the region's own agencies take.</summary>
    public static int RegionPageCount(RegionListing listing, int agenciesPerPage) => RegionPageBuilder.PageCount(listing, agenciesPerPage);

    /// <summary>One agency's page: its reports by year, newest first. <paramref name="reports"/> may hold other agencies' too.</summary>
    public string RenderAgencyPage(string agencyId, IReadOnlyList<ReportSummary> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var model = IndexPageBuilder.Agency(AgencyIds.Require(agencyId), reports);
        var shell = Shell(
            $"{model.Name}政府信息公开工作年度报告",
            $"{model.Name}历年政府信息公开工作年度报告。",
            SitePaths.AgencyUrl(agencyId),
            [.. RegionPageBuilder.Crumbs(model.RegionCode, Divisions, lastIsCurrent: false), new Crumb(model.Name, "", true)]);
        return Render(TemplateNames.Agency, "agency", model, shell);
    }

    /// <summary>The open data dictionary page (<c>data/index.html</c>): the files, their licence and every column.</summary>
    public string RenderDataDictionaryPage(DataDictionaryModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var shell = Shell(
            "开放数据",
            "各机关政府信息公开工作年度报告表格数据（CSV、JSON）及数据字典。",
            OpenData.DataPaths.DictionaryUrl,
            [new Crumb("首页", "/", false), new Crumb("开放数据", "", true)]);
        return Render(TemplateNames.DataDictionary, "data", model, shell);
    }

    public string RenderNotFoundPage()
    {
        var shell = Shell("页面不存在", "", "", [new Crumb("首页", "/", false), new Crumb("页面不存在", "", true)]) with { NoIndex = true };
        return Render(TemplateNames.NotFound, null, null, shell);
    }

    /// <summary>One sitemap shard: root-relative URLs with their last change where known.</summary>
    public string RenderSitemapShard(IEnumerable<SitemapUrl> urls) =>
        SiteXml.Sitemap(Options, urls ?? throw new ArgumentNullException(nameof(urls)));

    /// <summary>The sitemap index (<c>sitemap.xml</c>) over the shards at these site paths.</summary>
    public string RenderSitemapIndex(IEnumerable<string> shardPaths) =>
        SiteXml.SitemapIndex(Options, shardPaths ?? throw new ArgumentNullException(nameof(shardPaths)));

    /// <summary>Atom feed of the <paramref name="count"/> newest reports by <see cref="ReportSummary.PublishedAt"/>; its &lt;updated&gt; is the newest entry's.</summary>
    public string RenderFeed(IReadOnlyList<ReportSummary> reports, int count = SiteXml.FeedEntryCount) =>
        SiteXml.Feed(Options, reports ?? throw new ArgumentNullException(nameof(reports)), count);

    /// <summary>
    /// A readable rejection report for an upload that did not validate (kept private, for the office). It carries
    /// its CSS inline because it does not live on the public site.
    /// </summary>
    public string RenderRejectionPage(string uploadName, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(uploadName);
        ArgumentNullException.ThrowIfNull(findings);
        var shell = Shell($"未通过校验：{uploadName}", "", "", []) with { NoIndex = true, StylesheetUrl = "", InlineStyles = Stylesheet, FeedUrl = "" };
        return Render(TemplateNames.Rejection, "rejection", RejectionPageBuilder.Build(uploadName, findings), shell);
    }

    /// <summary>Renders any template of the set against a model of the allow-listed view types; for tests and previews.</summary>
    internal string RenderTemplate(string templateText, string modelName, object model)
    {
        var template = Parse("(inline)", templateText);
        var context = new TemplateContext(_options);
        context.SetValue(modelName, model);
        return template.Render(context, Encoder);
    }

    private PageShell Shell(string title, string description, string path, IReadOnlyList<Crumb> breadcrumbs) => new(
        Options.SiteTitle,
        title,
        description,
        path.Length == 0 ? "" : SiteXml.Absolute(Options, path),
        "/" + SitePaths.Stylesheet,
        "",
        "/" + SitePaths.Feed,
        false,
        breadcrumbs);

    private string Render(string templateName, string? modelName, object? model, PageShell shell)
    {
        using var page = RenderPage(templateName, modelName, model, shell);
        return page.Text.ToString();
    }

    /// <summary>
    /// Renders a page body, then the layout around it, each with a fresh context and into a buffer of this
    /// thread; the body goes into the layout straight from its buffer. The caller disposes the page's buffer.
    /// </summary>
    private PageBuffer RenderPage(string templateName, string? modelName, object? model, PageShell shell)
    {
        var context = new TemplateContext(_options);
        context.SetValue("page", shell);
        if (modelName is not null)
        {
            context.SetValue(modelName, model);
        }

        using var body = PageBuffer.Rent();
        RenderTo(body.Writer, _pages[templateName], context);
        body.Trim('\n');

        var page = PageBuffer.Rent();
        try
        {
            var layoutContext = new TemplateContext(_options);
            layoutContext.SetValue("page", shell);
            layoutContext.SetValue("content", new RawTextValue(body.Text));
            RenderTo(page.Writer, _pages[TemplateNames.Layout], layoutContext);
            page.TrimEnd('\n');
            page.Text.Append('\n');
            return page;
        }
        catch
        {
            page.Dispose();
            throw;
        }
    }

    /// <summary>Templates here never await anything (no async filters), so the render completes synchronously.</summary>
    private static void RenderTo(TextWriter writer, IFluidTemplate template, TemplateContext context)
    {
        var pending = template.RenderAsync(writer, Encoder, context);
        if (!pending.IsCompletedSuccessfully)
        {
            pending.AsTask().GetAwaiter().GetResult();
        }
    }

    private static string FingerprintOf(SiteOptions options, TemplateSet templates)
    {
        var inputs = new StringBuilder()
            .Append(typeof(SiteRenderer).Assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n')
            .Append(typeof(FluidParser).Assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n')
            .Append(options.BaseUrl).Append('\n')
            .Append(options.SiteTitle).Append('\n');
        foreach (var name in templates.FileNames)
        {
            inputs.Append(name).Append('\0').Append(ContentHash.Of(Encoding.UTF8.GetBytes(templates[name]))).Append('\n');
        }

        return ContentHash.Of(Encoding.UTF8.GetBytes(inputs.ToString()));
    }

    private static IFluidTemplate Parse(string name, string text) =>
        Parser.TryParse(text, out var template, out var error)
            ? template
            : throw new InvalidOperationException($"Template {name} does not parse: {error}");

    private static TemplateOptions CreateTemplateOptions(TemplateSet templates)
    {
        var options = new TemplateOptions
        {
            StrictVariables = true,
            StrictFilters = true,
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            Now = static () => throw new InvalidOperationException("Templates must not read the clock: pass dates in the model."),
            FileProvider = templates.ToFileProvider(),
            DefaultFileExtension = ".liquid",
            MaxRecursion = 20,
        };
        options.ValueConverters.Add(SharedFluidValues.Convert);
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        foreach (var type in ViewTypes)
        {
            options.MemberAccessStrategy.Register(type);
        }

        return options;
    }
}
