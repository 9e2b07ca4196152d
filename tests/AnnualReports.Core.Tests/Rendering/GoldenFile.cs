using System.Text;

namespace AnnualReports.Core.Tests.Rendering;

/// <summary>
/// Compares rendered output with a committed file under <c>tests/AnnualReports.Core.Tests/Golden/</c> in the source
/// tree. Run with <c>UPDATE_GOLDEN=1</c> to rewrite the files, then review the diff.
/// </summary>
internal static class GoldenFile
{
    public static void Verify(string name, string actual)
    {
        var path = Path.Combine(RepositoryRoot(), "tests", "AnnualReports.Core.Tests", "Golden", name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests with UPDATE_GOLDEN=1 to create it.");
        var expected = File.ReadAllText(path, Encoding.UTF8);
        if (expected != actual)
        {
            var line = FirstDifferentLine(expected, actual);
            Assert.Fail($"{name} differs from the golden file at line {line.Number}:\n  golden:   {line.Expected}\n  rendered: {line.Actual}\nRun with UPDATE_GOLDEN=1 to accept the change, then review the diff.");
        }
    }

    private static (int Number, string Expected, string Actual) FirstDifferentLine(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "(end of file)";
            var right = i < a.Length ? a[i] : "(end of file)";
            if (left != right)
            {
                return (i + 1, left, right);
            }
        }

        return (0, "", "");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Serverless.sln above {AppContext.BaseDirectory}.");
    }
}
