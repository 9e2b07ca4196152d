using AnnualReports.TestKit;

namespace AnnualReports.Cli.Tests.Commands;

public sealed class RenderCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("render-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static int Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        return CliApp.Build(output, error).Parse(args).Invoke();
    }

    [Fact]
    public void RendersTheSeedToAnHtmlPage()
    {
        var page = Path.Combine(_directory, "page.html");

        var exit = Run("render", Path.Combine(RepoPaths.Root, "seeds", "weixian-2021.yaml"), "-o", page);

        Assert.Equal(ExitCodes.Valid, exit);
        var html = File.ReadAllText(page);
        Assert.Contains("lang=\"zh-CN\"", html, StringComparison.Ordinal);
        Assert.Contains("威县人民政府办公室2021年政府信息公开工作年度报告", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesToRenderAReportWithErrors()
    {
        var page = Path.Combine(_directory, "page.html");

        var exit = Run("render", Path.Combine(RepoPaths.Root, "seeds", "invalid", "t3-r1-balance-broken.json"), "-o", page);

        Assert.Equal(ExitCodes.ErrorsFound, exit);
        Assert.False(File.Exists(page));
    }
}
