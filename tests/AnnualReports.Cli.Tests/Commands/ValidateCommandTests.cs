using System.Text.Json;
using AnnualReports.TestKit;

namespace AnnualReports.Cli.Tests.Commands;

public class ValidateCommandTests
{
    private static string Seed(string name) => Path.Combine(RepoPaths.Root, "seeds", name);

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Build(output, error).Parse(args).Invoke();
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("weixian-2021.json")]
    [InlineData("weixian-2021.yaml")]
    public void TheSeedIsValid(string file)
    {
        var (exit, output, _) = Run("validate", Seed(file));

        Assert.Equal(ExitCodes.Valid, exit);
        Assert.Contains("VALID (0 error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnArithmeticErrorExitsWithOneAndNamesTheRule()
    {
        var (exit, output, _) = Run("validate", Seed("invalid/t3-r1-balance-broken.json"));

        Assert.Equal(ExitCodes.ErrorsFound, exit);
        Assert.Contains("ERROR T3-R1", output, StringComparison.Ordinal);
        Assert.Contains("line ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedInputExitsWithTwo()
    {
        var (exit, output, _) = Run("validate", Seed("invalid/f-syntax-error.json"));

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Contains("F-SYNTAX", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFileIsUnusableNotACrash()
    {
        var (exit, output, _) = Run("validate", Seed("no-such-file.json"));

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Contains("F-READ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWorstInputDecidesTheExitCodeOfSeveralFiles()
    {
        var (exit, _, _) = Run("validate", Seed("weixian-2021.json"), Seed("invalid/t3-r1-balance-broken.json"));

        Assert.Equal(ExitCodes.ErrorsFound, exit);
    }

    [Fact]
    public void JsonOutputListsEachFileWithItsStatusAndFindings()
    {
        var (exit, output, _) = Run("validate", "--json", Seed("weixian-2021.json"), Seed("invalid/t3-r1-balance-broken.json"));

        Assert.Equal(ExitCodes.ErrorsFound, exit);
        using var json = JsonDocument.Parse(output);
        var files = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        Assert.Equal("valid", files[0].GetProperty("status").GetString());
        Assert.Equal("invalid", files[1].GetProperty("status").GetString());
        var finding = files[1].GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "T3-R1");
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.StartsWith("/table3/", finding.GetProperty("cells")[0].GetProperty("pointer").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scan.png")]
    [InlineData("figures.xlsx")]
    [InlineData("report")]
    public void AnUnsupportedFileTypeIsRefusedWithUTypeNamingTheAcceptedTypes(string name)
    {
        var directory = Directory.CreateTempSubdirectory("validate-").FullName;
        try
        {
            var path = Path.Combine(directory, name);
            File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]);

            var (exit, output, _) = Run("validate", path);

            Assert.Equal(ExitCodes.UnusableInput, exit);
            Assert.Contains("ERROR U-TYPE", output, StringComparison.Ordinal);
            Assert.Contains(".json .yaml .yml .docx .txt", output, StringComparison.Ordinal);
            Assert.DoesNotContain("YAML", output.Replace(".yaml", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void AFindingOfATextImportShowsItsLineWithoutAnEmptyColumn()
    {
        var directory = Directory.CreateTempSubdirectory("validate-").FullName;
        try
        {
            var path = Path.Combine(directory, "report.txt");
            File.WriteAllText(path, File.ReadAllText(Seed("original/weixian-2021-annual-report.txt")).Replace("\t0\n\t0\n", "\t0件\n\t0\n", StringComparison.Ordinal));

            var (_, output, _) = Run("validate", path, "--agency-id", "weixian-gov-office", "--region", "河北省邢台市威县");

            Assert.Matches(@"\(line \d+\)", output);
            Assert.DoesNotContain("column )", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
