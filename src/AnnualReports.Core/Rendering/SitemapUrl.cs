namespace AnnualReports.Rendering;

/// <summary>One URL of a sitemap shard: root-relative, with its last change when known.</summary>
public sealed record SitemapUrl(string Url, DateTimeOffset? LastModified);
