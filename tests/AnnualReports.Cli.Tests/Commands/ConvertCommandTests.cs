using AnnualReports.TestKit;
using AnnualReports.TestKit.Documents;

namespace AnnualReports.Cli.Tests.Commands;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("convert-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static int Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        return CliApp.Build(output, error).Parse(args).Invoke();
    }

    private static string SeedJson => File.ReadAllText(Path.Combine(RepoPaths.Root, "seeds", "weixian-2021.json"));

    [Fact]
    public void TheSeedTextExportConvertsToTheSeedDataFile()
    {
        var json = Path.Combine(_directory, "report.json");

        var exit = Run("convert", Path.Combine(RepoPaths.Root, "seeds", "original", "weixian-2021-annual-report.txt"), "-o", json,
            "--agency-id", "weixian-gov-office", "--region", "河北省邢台市威县");

        Assert.Equal(ExitCodes.Valid, exit);
        Assert.Equal(SeedJson, File.ReadAllText(json));
    }

    [Fact]
    public void AWordDocumentOfTheSeedConvertsToTheSeedDataFile()
    {
        var docx = Path.Combine(_directory, "weixian.docx");
        File.WriteAllBytes(docx, DocxWriter.Write(NationalFormatDocument.From(SampleReports.Weixian2021())));
        var json = Path.Combine(_directory, "report.json");

        var exit = Run("convert", docx, "-o", json, "--agency-id", "weixian-gov-office", "--region", "河北省邢台市威县");

        Assert.Equal(ExitCodes.Valid, exit);
        Assert.Equal(SeedJson, File.ReadAllText(json));
    }

    [Fact]
    public void PublishDateGivesTheDateOfAReportThatPrintsNone()
    {
        var seed = SampleReports.Weixian2021();
        var docx = Path.Combine(_directory, "undated.docx");
        File.WriteAllBytes(docx, DocxWriter.Write(NationalFormatDocument.From(seed with { Metadata = seed.Metadata with { PublishDate = null } })));
        var (undated, dated) = (Path.Combine(_directory, "undated.json"), Path.Combine(_directory, "dated.json"));

        var exitWithout = Run("convert", docx, "-o", undated, "--agency-id", "weixian-gov-office", "--region", "河北省邢台市威县");
        var exitWith = Run("convert", docx, "-o", dated, "--agency-id", "weixian-gov-office", "--region", "河北省邢台市威县",
            "--publish-date", "2022-01-20");

        Assert.Equal(ExitCodes.Valid, exitWithout);
        Assert.DoesNotContain("publishDate", File.ReadAllText(undated), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Valid, exitWith);
        Assert.Equal(SeedJson, File.ReadAllText(dated));
    }

    [Fact]
    public void APublishDateThatIsNotADateIsRefused()
    {
        var exit = Run("convert", Path.Combine(RepoPaths.Root, "seeds", "original", "weixian-2021-annual-report.txt"), "-o",
            Path.Combine(_directory, "x.json"), "--publish-date", "20.1.2022");

        Assert.NotEqual(ExitCodes.Valid, exit);
        Assert.False(File.Exists(Path.Combine(_directory, "x.json")));
    }

    [Fact]
    public void ACorruptWordDocumentIsUnusableAndWritesNothing()
    {
        var docx = Path.Combine(_directory, "broken.docx");
        File.WriteAllBytes(docx, [0x50, 0x4B, 0x03, 0x04, 0x00]);
        var json = Path.Combine(_directory, "report.json");

        var exit = Run("convert", docx, "-o", json);

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.False(File.Exists(json));
    }
}
