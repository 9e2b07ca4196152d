using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AnnualReports.Publishing;
using AnnualReports.Rendering;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace AnnualReports.Azure.IntegrationTests.Faults;

/// <summary>
/// Everything the pipeline leaves behind, read without faults: every blob of <c>$web</c>, <c>archive</c> and
/// <c>rejections</c> by bytes (SHA-256) and headers, every entity of the reports, uploads and summaries tables by its
/// properties, and the problems
/// found in that state alone (broken links, orphaned pages, uploads without a record of their current version).
/// Left out of the comparison between runs, because they name one run's blobs: the upload's ETag and time
/// (<c>SourceVersion</c>, <c>SourceUploadedAt</c>, <c>UploadVersion</c>; checked against <c>incoming</c> instead), the
/// tables' own <c>Timestamp</c>, and <c>archive/site-manifest.json</c> (a cache of <c>$web</c> ETags).
/// </summary>
public sealed partial record SiteSnapshot(
    SortedDictionary<string, string> Web,
    SortedDictionary<string, string> Archive,
    SortedDictionary<string, string> Rejections,
    SortedDictionary<string, string> Reports,
    SortedDictionary<string, string> Uploads,
    SortedDictionary<string, string> Summaries,
    IReadOnlyList<string> Problems)
{
    private static readonly HashSet<string> RunSpecificProperties = new(StringComparer.Ordinal)
    {
        "Timestamp", "SourceVersion", "SourceUploadedAt", "UploadVersion",
    };

    public static async Task<SiteSnapshot> ReadAsync(StorageClients clients, StorageOptions options, SiteOptions site)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(site);
        var problems = new List<string>();
        var (web, webBytes) = await BlobsAsync(clients.Blobs.GetBlobContainerClient(options.WebContainer), problems);
        var (archive, _) = await BlobsAsync(clients.Blobs.GetBlobContainerClient(options.ArchiveContainer), problems);
        archive.Remove("site-manifest.json");
        var (rejections, _) = await BlobsAsync(clients.Blobs.GetBlobContainerClient(options.RejectionsContainer), problems);
        var reports = await EntitiesAsync(clients.Tables.GetTableClient(options.ReportsTable));
        var uploads = await EntitiesAsync(clients.Tables.GetTableClient(options.UploadsTable));
        var summaries = await EntitiesAsync(clients.Tables.GetTableClient(options.SummariesTable));

        problems.AddRange(LinkProblems(webBytes, site.BaseUrl));
        problems.AddRange(await UploadRecordProblemsAsync(clients, options));
        problems.AddRange(await ReportProblemsAsync(clients.Tables.GetTableClient(options.ReportsTable), webBytes));
        return new SiteSnapshot(web, archive, rejections, reports, uploads, summaries, problems);
    }

    /// <summary>Every difference from <paramref name="other"/>, one line each (empty when the states are the same).</summary>
    public IReadOnlyList<string> DifferencesFrom(SiteSnapshot other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var differences = new List<string>();
        Compare("$web", Web, other.Web, differences);
        Compare("archive", Archive, other.Archive, differences);
        Compare("rejections", Rejections, other.Rejections, differences);
        Compare("reports", Reports, other.Reports, differences);
        Compare("uploads", Uploads, other.Uploads, differences);
        Compare("summaries", Summaries, other.Summaries, differences);
        return differences;
    }

    private static void Compare(string where, SortedDictionary<string, string> mine, SortedDictionary<string, string> theirs, List<string> differences)
    {
        foreach (var key in mine.Keys.Union(theirs.Keys).Order(StringComparer.Ordinal))
        {
            var a = mine.GetValueOrDefault(key);
            var b = theirs.GetValueOrDefault(key);
            if (a != b)
            {
                differences.Add(a is null || b is null
                    ? $"{where} {key}: {a ?? "(missing)"} <> {b ?? "(missing)"}"
                    : $"{where} {key}: {FirstDifference(a, b)}");
            }
        }
    }

    /// <summary>Where two values first differ, with a little of each around it.</summary>
    private static string FirstDifference(string a, string b)
    {
        var at = 0;
        while (at < a.Length && at < b.Length && a[at] == b[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 40);
        string Around(string s) => s[from..Math.Min(s.Length, at + 120)];
        return $"first differs at {at}: …{Around(a)}… <> …{Around(b)}…";
    }

    private static async Task<(SortedDictionary<string, string> Blobs, Dictionary<string, byte[]> Bytes)> BlobsAsync(
        BlobContainerClient container, List<string> problems)
    {
        var blobs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var bytes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var items = new List<BlobItem>();
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }))
        {
            items.Add(item);
        }

        foreach (var item in items)
        {
            var content = (await container.GetBlobClient(item.Name).DownloadContentAsync()).Value.Content.ToArray();
            var hash = ContentHash.Of(content);
            var stored = item.Metadata.TryGetValue("sha256", out var value) ? value : null;
            if (stored is not null && stored != hash)
            {
                problems.Add($"{container.Name}/{item.Name}: metadata sha256 {stored} but the bytes hash to {hash}");
            }

            blobs[item.Name] = $"{hash} {item.Properties.ContentType} [{item.Properties.CacheControl}] source={(item.Metadata.TryGetValue("source", out var source) ? source : "")}";
            bytes[item.Name] = content;
        }

        return (blobs, bytes);
    }

    private static async Task<SortedDictionary<string, string>> EntitiesAsync(TableClient table)
    {
        var entities = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<TableEntity>())
        {
            var properties = entity.Keys
                .Where(k => !RunSpecificProperties.Contains(k) && !k.StartsWith("odata.", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(k => $"{k}={Format(entity[k])}");
            entities[$"{entity.PartitionKey}/{entity.RowKey}"] = string.Join("; ", properties);
        }

        return entities;
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        byte[] bytes => "sha256:" + ContentHash.Of(bytes),
        BinaryData data => "sha256:" + ContentHash.Of(data.ToArray()),
        DateTimeOffset time => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        DateTime time => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// Every link of every page (and every sitemap entry) names a file that exists, and every file is reached by links
    /// from the home page, the error page, the sitemap or the feed (the entry points of the site).
    /// </summary>
    private static List<string> LinkProblems(Dictionary<string, byte[]> web, string baseUrl)
    {
        var problems = new List<string>();
        string[] entryPoints = [SitePaths.Home, SitePaths.NotFound, SitePaths.Sitemap, SitePaths.Feed];
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(entryPoints.Where(web.ContainsKey));
        foreach (var entry in queue)
        {
            reached.Add(entry);
        }

        while (queue.TryDequeue(out var path))
        {
            var text = Encoding.UTF8.GetString(web[path]);
            var links = path.EndsWith(".html", StringComparison.Ordinal)
                ? HtmlLink().Matches(text).Select(FirstGroup)
                : path.EndsWith(".xml", StringComparison.Ordinal)
                    ? XmlLink().Matches(text).Select(FirstGroup)
                    : [];
            foreach (var link in links)
            {
                if (ToSitePath(link, baseUrl) is not { } target)
                {
                    continue;
                }

                if (!web.ContainsKey(target))
                {
                    problems.Add($"$web/{path} links to missing {target} ({link})");
                }
                else if (reached.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        problems.AddRange(web.Keys.Where(p => !reached.Contains(p)).Order(StringComparer.Ordinal).Select(p => $"$web/{p} is orphaned: no page links to it"));
        return problems;
    }

    /// <summary>The blob a link names, or <c>null</c> for links outside the site (other origins, mailto:, data:, fragments).</summary>
    private static string? ToSitePath(string link, string baseUrl)
    {
        link = System.Net.WebUtility.HtmlDecode(link);
        if (link.StartsWith(baseUrl + "/", StringComparison.Ordinal))
        {
            link = link[baseUrl.Length..];
        }

        if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var path = link.Split('#', '?')[0].TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>Every upload in <c>incoming</c> has a record of its current version.</summary>
    private static async Task<IEnumerable<string>> UploadRecordProblemsAsync(StorageClients clients, StorageOptions options)
    {
        var problems = new List<string>();
        var uploads = clients.Tables.GetTableClient(options.UploadsTable);
        await foreach (var blob in clients.Blobs.GetBlobContainerClient(options.IncomingContainer).GetBlobsAsync())
        {
            var record = await uploads.GetEntityIfExistsAsync<TableEntity>("upload", ContentHash.Of(Encoding.UTF8.GetBytes(blob.Name)));
            if (!record.HasValue || record.Value is null)
            {
                problems.Add($"incoming/{blob.Name} has no record");
            }
            else if (record.Value.GetString("UploadVersion").Trim('"') != blob.Properties.ETag.ToString()!.Trim('"'))
            {
                problems.Add($"incoming/{blob.Name}: its record is of version {record.Value.GetString("UploadVersion")}, not the current {blob.Properties.ETag}");
            }
        }

        return problems;
    }

    /// <summary>Every published report's data file on the site is the data its table entry names.</summary>
    private static async Task<IEnumerable<string>> ReportProblemsAsync(TableClient reports, Dictionary<string, byte[]> web)
    {
        var problems = new List<string>();
        await foreach (var entity in reports.QueryAsync<TableEntity>())
        {
            var data = SitePaths.ReportData(entity.PartitionKey, int.Parse(entity.RowKey, CultureInfo.InvariantCulture));
            if (!web.TryGetValue(data, out var bytes))
            {
                problems.Add($"reports {entity.PartitionKey}/{entity.RowKey}: $web/{data} is missing");
            }
            else if (ContentHash.Of(bytes) != entity.GetString("ContentHash"))
            {
                problems.Add($"reports {entity.PartitionKey}/{entity.RowKey}: $web/{data} is not the data the entry names");
            }
        }

        return problems;
    }

    private static string FirstGroup(Match match) => match.Groups.Values.Skip(1).First(g => g.Success).Value;

    [GeneratedRegex(@"(?:href|src)=""([^""]*)""")]
    private static partial Regex HtmlLink();

    [GeneratedRegex(@"<loc>([^<]*)</loc>|<link[^>]*href=""([^""]*)""")]
    private static partial Regex XmlLink();
}
