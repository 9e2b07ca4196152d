namespace AnnualReports.TestKit;

/// <summary>The seed files as offices hand them in, read from the shared seeds folder or the repository's seeds/.</summary>
public static class SeedFiles
{
    public const string WeixianTextName = "weixian-2021-annual-report.txt";

    public static byte[] WeixianText() => File.ReadAllBytes(Locate(WeixianTextName));

    private static string Locate(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(directory.FullName, "seeds", name), Path.Combine(directory.FullName, "shared", "seeds", name) })
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException($"Seed file {name} not found in a seeds/ folder above {AppContext.BaseDirectory}.", name);
    }
}
