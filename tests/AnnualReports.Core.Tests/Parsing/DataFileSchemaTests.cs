using System.Text.Json;
using AnnualReports.Parsing;
using AnnualReports.TestKit;
using Json.Schema;

namespace AnnualReports.Core.Tests.Parsing;

/// <summary>schema/annual-report.schema.json accepts what the parser accepts and rejects typos.</summary>
public class DataFileSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(RepoPaths.File("schema", "annual-report.schema.json"))));

    private static bool IsValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid;
    }

    [Fact]
    public void TheSeedValidates()
    {
        Assert.True(IsValid(File.ReadAllText(RepoPaths.File("seeds", "weixian-2021.json"))));
    }

    [Fact]
    public void AReportInThe2019LayoutValidates()
    {
        Assert.True(IsValid(CanonicalJson.Write(SampleReports.Sample2019())));
    }

    [Fact]
    public void ReportsThatMixTheLayoutsOfTables2And3Validate()
    {
        Assert.True(IsValid(CanonicalJson.Write(SampleReports.Weixian2021() with { ActiveDisclosure = SampleReports.Sample2019().ActiveDisclosure })));
        Assert.True(IsValid(CanonicalJson.Write(SampleReports.Sample2019() with { ActiveDisclosure = SampleReports.Weixian2021().ActiveDisclosure })));
    }

    [Fact]
    public void A2019Table3IsRejectedUnderThe2021Layout()
    {
        var json = CanonicalJson.Write(SampleReports.Sample2019()).Replace("\"layout\": \"2019\"", "\"layout\": \"2021\"", StringComparison.Ordinal);

        Assert.False(IsValid(json));
    }

    [Theory]
    [InlineData("\"table3\":", "\"tabel3\":")]
    [InlineData("\"closingNotes\":", "\"closingNote\":")]
    [InlineData("\"phone\":", "\"fax\": null, \"phone\":")]
    [InlineData("\"total\": [3, null, ", "\"total\": [3, ")]
    [InlineData("\"received\": [3,", "\"received\": [2.5,")]
    [InlineData("\"kind\": \"department\"", "\"kind\": \"bureau\"")]
    public void AFileThatTheParserRejectsIsRejected(string before, string after)
    {
        var json = SourceText.ReplaceOnce(SeedTexts.Json, before, after);

        Assert.NotEmpty(DataFileParser.Parse(SourceText.Utf8(json), "x.json").Findings);
        Assert.False(IsValid(json));
    }

    [Theory]
    [InlineData("t3-r1-balance-broken.json")]
    [InlineData("t2-r1-negative-count.json")]
    public void ArithmeticVariantsAreWellFormed(string name)
    {
        Assert.True(IsValid(File.ReadAllText(RepoPaths.File("seeds", "invalid", name))));
    }
}
