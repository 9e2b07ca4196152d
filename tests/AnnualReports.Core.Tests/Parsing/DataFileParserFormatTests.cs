using System.Text;
using AnnualReports.Parsing;

namespace AnnualReports.Core.Tests.Parsing;

/// <summary>Blank input and the format of a file without a telling extension, however the text begins.</summary>
public class DataFileParserFormatTests
{
    [Theory]
    [InlineData(" \n\t\r ")]
    [InlineData("\u3000\u00a0\n")]
    public void TreatsWhiteSpaceOfAnyKindAsEmpty(string text)
    {
        var result = DataFileParser.Parse(Encoding.UTF8.GetBytes(text), "report.json");

        Assert.Equal("The data file is empty.", Assert.Single(result.Findings).MessageEn);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    public void ReadsAFileWithoutExtensionInTheFormatItsTextBeginsWith(string format)
    {
        var result = DataFileParser.Parse(Encoding.UTF8.GetBytes(" \n" + SeedTexts.Of(format)), "report");

        Assert.Empty(result.Findings);
        Assert.NotNull(result.Report);
    }

    [Fact]
    public void ADataFileWithoutPublishDateReadsAsAReportWithoutDateAndWritesNone()
    {
        var seed = AnnualReports.TestKit.SampleReports.Weixian2021();
        var undated = seed with { Metadata = seed.Metadata with { PublishDate = null } };
        var json = CanonicalJson.Write(undated);

        var result = DataFileParser.Parse(Encoding.UTF8.GetBytes(json), "report.json");

        Assert.DoesNotContain("publishDate", json, StringComparison.Ordinal);
        Assert.Empty(result.Findings);
        Assert.Equal(undated, result.Report);
    }

    [Fact]
    public void ReadsAFileBeginningWithAnIdeographicSpaceAndABraceAsJson()
    {
        var result = DataFileParser.Parse(Encoding.UTF8.GetBytes("\u3000" + SeedTexts.Json), "report");

        Assert.StartsWith("The data file is not valid JSON", Assert.Single(result.Findings).MessageEn, StringComparison.Ordinal);
    }
}
