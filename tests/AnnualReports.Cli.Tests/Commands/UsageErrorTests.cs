using AnnualReports.TestKit;

namespace AnnualReports.Cli.Tests.Commands;

/// <summary>A usage error names what is wrong and exits 2; an option is never read as a file name.</summary>
public class UsageErrorTests
{
    [Theory]
    [InlineData("validate", "--no-such-option")]
    [InlineData("render", "--no-such-option")]
    [InlineData("convert", "--no-such-option")]
    public void AnUnknownOptionIsNamedAndExitsTwo(string command, string option)
    {
        var seed = RepoPaths.File("seeds", "weixian-2021.yaml");
        var (exit, error) = Run([command, seed, option, "value", "-o", Path.Combine(Path.GetTempPath(), "unused-" + Guid.NewGuid().ToString("N"))]);

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Contains($"'{option}'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Cannot read file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingArgumentIsAUsageErrorNotErrorsFound()
    {
        var (exit, error) = Run(["validate"]);

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Contains("validate --help", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AValidCommandLineStillRuns()
    {
        var (exit, _) = Run(["validate", RepoPaths.File("seeds", "weixian-2021.yaml")]);

        Assert.Equal(ExitCodes.Valid, exit);
    }

    private static (int Exit, string Error) Run(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.RunAsync(args, output, error).GetAwaiter().GetResult();
        return (exit, error.ToString());
    }
}
