namespace AnnualReports.Cli.Dev;

/// <summary>Finds a program on the <c>PATH</c>, as a shell would.</summary>
public static class ExecutableSearch
{
    public static string? OnPath(string name)
    {
        var names = OperatingSystem.IsWindows() ? new[] { name + ".cmd", name + ".exe", name } : [name];
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(n => Path.Combine(folder, n)))
            .FirstOrDefault(File.Exists);
    }
}
