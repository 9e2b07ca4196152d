using System.Text;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Documents;

namespace AnnualReports.Cli.Tests.Commands;

/// <summary><c>validate DIR</c> and <c>convert DIR -o OUTDIR</c> over an office's archive of mixed files.</summary>
public sealed class FolderCommandTests : IDisposable
{
    private readonly string _archive = Directory.CreateTempSubdirectory("archive-").FullName;
    private readonly string _out = Directory.CreateTempSubdirectory("converted-").FullName;

    public FolderCommandTests()
    {
        var seed = SampleReports.Weixian2021();
        var document = NationalFormatDocument.From(seed);
        File.WriteAllBytes(Path.Combine(_archive, "2021.docx"), DocxWriter.Write(document));
        Directory.CreateDirectory(Path.Combine(_archive, "web"));
        File.WriteAllBytes(Path.Combine(_archive, "web", "2021.html"),
            PortalPageWriter.Write(document, new PortalMetadata("000014349/2022-00012", "威县人民政府办公室", "2022-01-20"), "gbk"));
        File.WriteAllText(Path.Combine(_archive, "2021.txt"), TextExportWriter.Write(document), Encoding.UTF8);
        File.WriteAllBytes(Path.Combine(_archive, ".DS_Store"), [0, 1, 2]);
    }

    public void Dispose()
    {
        Directory.Delete(_archive, recursive: true);
        Directory.Delete(_out, recursive: true);
    }

    private static (int Exit, string Out) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Build(output, error).Parse(args).Invoke();
        return (exit, output.ToString());
    }

    private static string[] Hints => ["--agency-id", "weixian-gov-office", "--region", "河北省邢台市威县"];

    [Fact]
    public void ValidatesEveryFileOfAFolderAndEndsWithOneSummaryTable()
    {
        var (exit, output) = Run(["validate", _archive, .. Hints]);

        Assert.Equal(ExitCodes.Valid, exit);
        var table = output[output.IndexOf("file ", StringComparison.Ordinal)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^file\s+\| agency\s+\| year \| layout \| errors \| warnings \| outcome$", table[0]);
        Assert.Equal(3, table.Count(l => l.Contains("| 威县人民政府办公室 | 2021 | 2021", StringComparison.Ordinal) && l.EndsWith("| valid", StringComparison.Ordinal)));
        Assert.Contains("3 file(s): 3 valid, 0 with errors, 0 unusable", output, StringComparison.Ordinal);
        Assert.DoesNotContain(".DS_Store", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnusableFileInTheFolderMakesTheExitCodeTwo()
    {
        File.WriteAllBytes(Path.Combine(_archive, "scan.png"), [0x89, 0x50, 0x4E, 0x47]);

        var (exit, output) = Run(["validate", _archive, .. Hints]);

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Contains("| unusable (U-TYPE)", output, StringComparison.Ordinal);
        Assert.Contains("4 file(s): 3 valid, 0 with errors, 1 unusable", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvertsAFolderToAFolderOfDataFilesMirroringItsPaths()
    {
        var (exit, output) = Run(["convert", _archive, "-o", _out, .. Hints]);

        Assert.Equal(ExitCodes.Valid, exit);
        var seedJson = File.ReadAllText(Path.Combine(RepoPaths.Root, "seeds", "weixian-2021.json"));
        Assert.Equal(seedJson, File.ReadAllText(Path.Combine(_out, "web", "2021.json")));
        Assert.Equal(seedJson, File.ReadAllText(Path.Combine(_out, "2021.docx.json")));
        Assert.Equal(seedJson, File.ReadAllText(Path.Combine(_out, "2021.txt.json")));
        Assert.Contains("3 file(s): 3 valid", output, StringComparison.Ordinal);
    }
}
