namespace AnnualReports.TestKit;

/// <summary>The seed files as offices hand them in.</summary>
public static class SeedFiles
{
    /// <summary>The seed report as Word's plain-text export, exactly as published (UTF-8).</summary>
    public static byte[] WeixianText() => File.ReadAllBytes(RepoPaths.File("seeds", "original", "weixian-2021-annual-report.txt"));
}
