namespace AnnualReports.TestKit;

/// <summary>Finds files of the repository (seeds, schema, docs) from a test's output folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder that holds <c>Serverless.sln</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path under the repository root, given in segments: <c>RepoPaths.File("seeds", "weixian-2021.yaml")</c>.</summary>
    public static string File(params string[] segments) => Path.Combine([Root, .. segments]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(folder.FullName, "Serverless.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Serverless.sln above {AppContext.BaseDirectory}.");
    }
}
