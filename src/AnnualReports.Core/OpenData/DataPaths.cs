namespace AnnualReports.OpenData;

/// <summary>Where the open data files live in the static website container (<c>$web</c>), beside <see cref="Publishing.SitePaths"/>.</summary>
public static class DataPaths
{
    /// <summary>The data dictionary page, served at <c>/data/</c>.</summary>
    public const string Dictionary = "data/index.html";
    public const string DictionaryUrl = "/data/";
    public const string Csv = "data/reports.csv";
    public const string Json = "data/reports.json";

    /// <summary>The site-wide files with their sizes and build times, for machines.</summary>
    public const string Manifest = "data/manifest.json";

    /// <summary>The sitemap shard listing the dictionary page and the site-wide files.</summary>
    public const string Sitemap = "sitemaps/data.xml";

    /// <summary>The reports of the agencies listed directly under a region (not its subdivisions).</summary>
    public static string RegionCsv(string code) => $"data/regions/{RegionCode(code)}/reports.csv";

    public static string RegionJson(string code) => $"data/regions/{RegionCode(code)}/reports.json";

    private static string RegionCode(string code) =>
        code.Length == 6 && code.All(char.IsAsciiDigit) ? code : throw new ArgumentException($"'{code}' is not a 6-digit region code.", nameof(code));
}
