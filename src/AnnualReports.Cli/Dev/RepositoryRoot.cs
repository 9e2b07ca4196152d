namespace AnnualReports.Cli.Dev;

/// <summary>The repository root: the nearest folder holding both <c>package.json</c> and <c>Serverless.sln</c>.</summary>
public static class RepositoryRoot
{
    /// <summary>Looks upwards from each start folder in turn (the current directory, then the app's folder, by default).</summary>
    public static string Find(params string?[] startFolders)
    {
        string[] starts = startFolders.Length > 0 && startFolders.Any(s => s is not null)
            ? [.. startFolders.OfType<string>()]
            : [Environment.CurrentDirectory, AppContext.BaseDirectory];
        foreach (var start in starts)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "package.json")) && File.Exists(Path.Combine(folder.FullName, "Serverless.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new DevSetupException(
            $"Cannot find the repository (a folder with package.json and Serverless.sln) above {string.Join(" or ", starts)}. Run the command inside the repository.");
    }
}
