using System.Globalization;
using System.Text;
using System.Xml;
using AnnualReports.Publishing;
using AnnualReports.Rendering.Views;

namespace AnnualReports.Rendering;

/// <summary>
/// The sitemap and the Atom feed, written with <see cref="XmlWriter"/> so every text is XML-escaped.
/// Dates come from <see cref="ReportSummary.PublishedAt"/> only; nothing reads the clock.
/// </summary>
public static class SiteXml
{
    public const int FeedEntryCount = 100;
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static string Sitemap(SiteOptions options, IEnumerable<SitemapUrl> urls) => Write(writer =>
    {
        writer.WriteStartElement("urlset", SitemapNamespace);
        foreach (var url in urls)
        {
            writer.WriteStartElement("url", SitemapNamespace);
            writer.WriteElementString("loc", SitemapNamespace, Absolute(options, url.Url));
            if (url.LastModified is { } lastModified)
            {
                writer.WriteElementString("lastmod", SitemapNamespace, CellText.Utc(lastModified));
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    public static string SitemapIndex(SiteOptions options, IEnumerable<string> shardPaths) => Write(writer =>
    {
        writer.WriteStartElement("sitemapindex", SitemapNamespace);
        foreach (var path in shardPaths)
        {
            writer.WriteStartElement("sitemap", SitemapNamespace);
            writer.WriteElementString("loc", SitemapNamespace, Absolute(options, "/" + path));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    public static string Feed(SiteOptions options, IReadOnlyList<ReportSummary> reports, int count)
    {
        var entries = IndexPageBuilder.NewestFirst(IndexPageBuilder.Distinct(reports)).Take(count).ToList();
        var updated = entries.Count > 0 ? entries[0].PublishedAt : DateTimeOffset.UnixEpoch;
        return Write(writer =>
        {
            writer.WriteStartElement("feed", AtomNamespace);
            writer.WriteAttributeString("xml", "lang", null, "zh-CN");
            writer.WriteElementString("id", AtomNamespace, Absolute(options, "/"));
            writer.WriteElementString("title", AtomNamespace, options.SiteTitle);
            writer.WriteElementString("updated", AtomNamespace, CellText.Utc(updated));
            Link(writer, Absolute(options, "/" + SitePaths.Feed), "self", "application/atom+xml");
            Link(writer, Absolute(options, "/"), "alternate", "text/html");
            foreach (var report in entries)
            {
                var url = Absolute(options, report.Url);
                writer.WriteStartElement("entry", AtomNamespace);
                writer.WriteElementString("id", AtomNamespace, url);
                writer.WriteElementString("title", AtomNamespace, report.Title);
                writer.WriteElementString("updated", AtomNamespace, CellText.Utc(report.PublishedAt));
                writer.WriteStartElement("author", AtomNamespace);
                writer.WriteElementString("name", AtomNamespace, report.AgencyName);
                writer.WriteEndElement();
                Link(writer, url, "alternate", "text/html");
                writer.WriteElementString("summary", AtomNamespace, Summary(report));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    private static string Summary(ReportSummary r) => string.Create(
        CultureInfo.InvariantCulture,
        $"{r.AgencyName}（{r.Region}）{r.Year}年度报告，{(r.PublishDate is { } date ? $"发布日期{CellText.Of(date)}" : "未载明发布日期")}。本年新收政府信息公开申请{r.ApplicationsReceived}件，上年结转{r.ApplicationsCarriedOver}件，办结{r.ApplicationsCompleted}件；行政复议、行政诉讼{r.ReviewsAndLawsuits}件。");

    private static void Link(XmlWriter writer, string href, string rel, string type)
    {
        writer.WriteStartElement("link", AtomNamespace);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    /// <summary>An absolute URL on the site from a root-relative path.</summary>
    public static string Absolute(SiteOptions options, string rootRelativePath) =>
        options.BaseUrl.TrimEnd('/') + "/" + rootRelativePath.TrimStart('/');

    private static string Write(Action<XmlWriter> body)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
