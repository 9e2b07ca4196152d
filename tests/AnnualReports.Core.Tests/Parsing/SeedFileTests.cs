using System.Text;
using AnnualReports.Parsing;
using AnnualReports.TestKit;

namespace AnnualReports.Core.Tests.Parsing;

public class SeedFileTests
{
    private static readonly string YamlPath = RepoPaths.File("seeds", "weixian-2021.yaml");
    private static readonly string JsonPath = RepoPaths.File("seeds", "weixian-2021.json");

    [Fact]
    public void SeedYamlParsesToTheHandBuiltSeedReport()
    {
        var result = DataFileParser.Parse(File.ReadAllBytes(YamlPath), YamlPath);

        Assert.Empty(result.Findings);
        Assert.Equal(SampleReports.Weixian2021(), result.Report);
    }

    [Fact]
    public void SeedJsonParsesToTheHandBuiltSeedReport()
    {
        var result = DataFileParser.Parse(File.ReadAllBytes(JsonPath), JsonPath);

        Assert.Empty(result.Findings);
        Assert.Equal(SampleReports.Weixian2021(), result.Report);
    }

    /// <summary>The committed JSON is the canonical writing of the YAML. Refresh with UPDATE_GOLDEN=1.</summary>
    [Fact]
    public void SeedJsonIsTheCanonicalWritingOfTheSeedYaml()
    {
        var report = DataFileParser.Parse(File.ReadAllBytes(YamlPath), YamlPath).Report;
        Assert.NotNull(report);
        var expected = CanonicalJson.Write(report);

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(JsonPath, expected, new UTF8Encoding(false));
        }

        Assert.Equal(expected, File.ReadAllText(JsonPath, Encoding.UTF8));
    }

    [Fact]
    public void EveryParagraphOfTheSeedIsVerbatimInTheOriginalText()
    {
        var original = File.ReadAllText(RepoPaths.File("seeds", "original", "weixian-2021-annual-report.txt"));
        var report = SampleReports.Weixian2021();
        var paragraphs = report.Preamble
            .Concat(report.ClosingNotes)
            .Concat(new[] { report.Overview, report.Problems, report.OtherMatters }.SelectMany(s => s.Blocks).SelectMany(b => b.Paragraphs));
        var headings = report.Overview.Blocks.Select(b => b.Heading!);

        Assert.All(paragraphs.Concat(headings), text => Assert.Contains(text, original, StringComparison.Ordinal));
        Assert.Equal(6, headings.Count());
    }

    [Fact]
    public void OriginalTextIsKeptBesideTheSeed()
    {
        var kept = File.ReadAllText(RepoPaths.File("seeds", "original", "weixian-2021-annual-report.txt"));

        Assert.Contains("威县人民政府办公室", kept, StringComparison.Ordinal);
        Assert.Contains("四、政府信息公开行政复议、行政诉讼情况", kept, StringComparison.Ordinal);
    }
}
