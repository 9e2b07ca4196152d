using System.Text;
using AnnualReports.Parsing;
using AnnualReports.TestKit;

namespace AnnualReports.Core.Tests.Parsing;

/// <summary>Parsing never throws: garbage, truncation, hostile nesting and size all end as findings.</summary>
public class DataFileParserRobustnessTests
{
    public static TheoryData<string> Formats => ["json", "yaml"];

    [Fact]
    public void RandomBytesGiveFindingsNotExceptions()
    {
        var random = new Random(2021);
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 2000)];
            random.NextBytes(bytes);

            var result = DataFileParser.Parse(bytes, i % 2 == 0 ? "x.json" : "x.yaml");

            Assert.Null(result.Report);
            Assert.NotEmpty(result.Findings);
        }
    }

    [Fact]
    public void RandomStructuralCharactersGiveFindingsNotExceptions()
    {
        const string alphabet = "{}[]:,\"'-?|>!&*#%@`~ \n\t\r0123456789.eE+abcnulltrue\\/年";
        var random = new Random(30);
        for (var i = 0; i < 2000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 300)).Select(_ => alphabet[random.Next(alphabet.Length)])]);

            var result = DataFileParser.Parse(Encoding.UTF8.GetBytes(text), i % 3 == 0 ? "x.json" : i % 3 == 1 ? "x.yaml" : "x");

            Assert.Null(result.Report);
            Assert.NotEmpty(result.Findings);
        }
    }

    [Fact]
    public void TheJsonSeedTruncatedAnywhereGivesFindings()
    {
        var bytes = SourceText.Utf8(SeedTexts.Json);
        for (var length = 0; length < bytes.Length; length += 97)
        {
            var result = DataFileParser.Parse(bytes.AsSpan(0, length), "seed.json");

            Assert.Null(result.Report);
            Assert.NotEmpty(result.Findings);
        }
    }

    /// <summary>
    /// YAML has no closing brace: cut inside the last paragraph, the rest is still a complete data file with a
    /// shorter paragraph. Every other cut gives findings, and no cut gives the seed.
    /// </summary>
    [Fact]
    public void TheYamlSeedTruncatedAnywhereGivesFindingsOrAShorterReport()
    {
        var bytes = SourceText.Utf8(SeedTexts.Yaml);
        var lastRequiredField = Encoding.UTF8.GetByteCount(SeedTexts.Yaml[..SeedTexts.Yaml.IndexOf("otherMatters:", StringComparison.Ordinal)]);
        var cuts = 0;
        for (var length = 0; length < bytes.Length; length += 97)
        {
            var result = DataFileParser.Parse(bytes.AsSpan(0, length), "seed.yaml");

            Assert.NotEqual(SampleReports.Weixian2021(), result.Report);
            Assert.Equal(result.Report is null, result.Findings.Count > 0);
            if (length < lastRequiredField)
            {
                Assert.NotEmpty(result.Findings);
            }

            cuts++;
        }

        Assert.True(cuts > 50);
    }

    [Theory]
    [InlineData("x.json", "[", "]")]
    [InlineData("x.json", "{\"a\":", "}")]
    [InlineData("x.yaml", "[", "]")]
    [InlineData("x.yaml", "- ", "")]
    public void DeepNestingIsALimitFinding(string fileName, string open, string close)
    {
        var depth = 100_000;
        var text = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));

        var result = DataFileParser.Parse(Encoding.UTF8.GetBytes(text), fileName);

        Assert.Null(result.Report);
        Assert.Contains(result.Findings, f => f.RuleId is ParseRuleIds.Limit or ParseRuleIds.Syntax);
    }

    [Fact]
    public void NestingJustPastTheLimitIsReportedAsTheLimit()
    {
        var depth = ParseLimits.MaxDepth + 1;
        var text = string.Concat(Enumerable.Repeat("[", depth)) + string.Concat(Enumerable.Repeat("]", depth));

        var finding = Assert.Single(DataFileParser.Parse(Encoding.UTF8.GetBytes(text), "x.json").Findings);

        Assert.Equal(ParseRuleIds.Limit, finding.RuleId);
        Assert.Equal((1, depth), (finding.Location!.Line, finding.Location.Column));
    }

    [Fact]
    public void OversizedInputIsALimitFinding()
    {
        var bytes = new byte[ParseLimits.MaxBytes + 1];
        bytes.AsSpan().Fill((byte)' ');

        var finding = Assert.Single(DataFileParser.Parse(bytes, "big.json").Findings);

        Assert.Equal(ParseRuleIds.Limit, finding.RuleId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\uFEFF")]
    public void EmptyInputIsASyntaxFinding(string text)
    {
        var finding = Assert.Single(DataFileParser.Parse(Encoding.UTF8.GetBytes(text), "x.json").Findings);

        Assert.Equal(ParseRuleIds.Syntax, finding.RuleId);
    }

    [Fact]
    public void TooManyProblemsStopAtTheListLimit()
    {
        var text = "{" + string.Join(",", Enumerable.Range(0, 1000).Select(i => $"\"unknown{i}\": 1")) + "}";

        var result = DataFileParser.Parse(Encoding.UTF8.GetBytes(text), "x.json");

        Assert.Equal(ParseLimits.MaxFindings + 1, result.Findings.Count);
        Assert.Equal(ParseRuleIds.Limit, result.Findings[^1].RuleId);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void AByteOrderMarkIsAcceptedAndColumnsStillCountFromTheText(string format)
    {
        var text = format == "json"
            ? SourceText.ReplaceOnce(SeedTexts.Json, "\"table3\":", "\"tabel3\":")
            : SourceText.ReplaceOnce(SeedTexts.Yaml, "\ntable3:", "\ntabel3:");

        var withBom = DataFileParser.Parse([0xEF, 0xBB, 0xBF, .. SourceText.Utf8(text)], $"r.{format}");
        var without = DataFileParser.Parse(SourceText.Utf8(text), $"r.{format}");

        Assert.Equal(without.Findings, withBom.Findings);
        Assert.Equal(SampleReports.Weixian2021(), DataFileParser.Parse([0xEF, 0xBB, 0xBF, .. SourceText.Utf8(SeedTexts.Of(format))], $"r.{format}").Report);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void WindowsLineEndingsParseAlike(string format)
    {
        var text = SeedTexts.Of(format).Replace("\n", "\r\n", StringComparison.Ordinal);
        var typo = format == "json" ? "\"tabel3\":" : "tabel3:";
        var broken = SourceText.ReplaceOnce(text, typo.Replace("tabel3", "table3", StringComparison.Ordinal), typo);

        Assert.Equal(SampleReports.Weixian2021(), SeedTexts.Parse(format, text).Report);
        var unknown = Assert.Single(SeedTexts.Parse(format, broken).Findings, f => f.RuleId == ParseRuleIds.Unknown);
        Assert.Equal(SourceText.PositionOf(broken.Replace("\r\n", "\n", StringComparison.Ordinal), typo), (unknown.Location!.Line!.Value, unknown.Location.Column!.Value));
    }

    [Fact]
    public void InvalidUtf8IsASyntaxFindingAtItsPosition()
    {
        var bytes = SourceText.Utf8("{\n  \"layout\": \"20");
        byte[] broken = [.. bytes, 0xFF, .. SourceText.Utf8("21\"\n}")];

        var finding = Assert.Single(DataFileParser.Parse(broken, "x.json").Findings);

        Assert.Equal(ParseRuleIds.Syntax, finding.RuleId);
        Assert.Equal((2, 16), (finding.Location!.Line, finding.Location.Column));
    }

    [Theory]
    [InlineData("a: &x [1, 2]\nb: *x\n")]
    [InlineData("layout: \"2021\"\n---\nlayout: \"2021\"\n")]
    [InlineData("? [complex, key]\n: 1\n")]
    public void YamlFeaturesTheDataFileDoesNotUseAreSyntaxFindings(string yaml)
    {
        var result = DataFileParser.Parse(Encoding.UTF8.GetBytes(yaml), "x.yaml");

        Assert.Null(result.Report);
        Assert.Equal(ParseRuleIds.Syntax, Assert.Single(result.Findings).RuleId);
    }

    [Theory]
    [InlineData("report.JSON", "a: 1", DataFileFormat.Json)]
    [InlineData("report.yml", "{\"a\": 1}", DataFileFormat.Yaml)]
    [InlineData("report.txt", "  \n {\"a\": 1}", DataFileFormat.Json)]
    [InlineData("report", "a: 1", DataFileFormat.Yaml)]
    [InlineData(null, "a: 1", DataFileFormat.Yaml)]
    public void DetectsTheFormatByExtensionThenByContent(string? fileName, string text, DataFileFormat expected)
    {
        Assert.Equal(expected, DataFileParser.DetectFormat(text, fileName));
    }

    [Fact]
    public void ASeedWithoutAFileNameIsStillRead()
    {
        Assert.Equal(SampleReports.Weixian2021(), DataFileParser.Parse(SourceText.Utf8(SeedTexts.Json), null).Report);
        Assert.Equal(SampleReports.Weixian2021(), DataFileParser.Parse(SourceText.Utf8(SeedTexts.Yaml), "").Report);
    }
}
