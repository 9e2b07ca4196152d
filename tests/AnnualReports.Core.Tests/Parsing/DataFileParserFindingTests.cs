using AnnualReports.Findings;
using AnnualReports.Parsing;
using AnnualReports.Reports;

namespace AnnualReports.Core.Tests.Parsing;

/// <summary>Each kind of parse finding, in JSON and in YAML, with its pointer and line:column.</summary>
public class DataFileParserFindingTests
{
    private static Finding Single(ParseResult result, string ruleId)
    {
        Assert.Null(result.Report);
        return Assert.Single(result.Findings, f => f.RuleId == ruleId);
    }

    private static void AssertAt(Finding finding, string pointer, (int Line, int Column) position)
    {
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.NotNull(finding.Location);
        Assert.Equal(pointer, finding.Location.Pointer);
        Assert.Equal(position, (finding.Location.Line!.Value, finding.Location.Column!.Value));
        Assert.Equal(pointer, finding.Cells[0].Pointer);
        Assert.NotEmpty(finding.MessageZh);
        Assert.NotEmpty(finding.MessageEn);
    }

    [Theory]
    [InlineData("json", "\"table3\":", "\"tabel3\":", "\"tabel3\"")]
    [InlineData("yaml", "\ntable3:", "\ntabel3:", "tabel3")]
    public void ReportsAMistypedFieldWithTheClosestKnownName(string format, string field, string typo, string needle)
    {
        var text = SourceText.ReplaceOnce(SeedTexts.Of(format), field, typo);

        var result = SeedTexts.Parse(format, text);

        var unknown = Single(result, ParseRuleIds.Unknown);
        AssertAt(unknown, "/tabel3", SourceText.PositionOf(text, needle));
        Assert.Contains("did you mean \"table3\"", unknown.MessageEn, StringComparison.Ordinal);
        Assert.Contains("是否应为“table3”", unknown.MessageZh, StringComparison.Ordinal);
        Assert.Equal("/table3", Single(result, ParseRuleIds.Missing).Location!.Pointer);
    }

    [Fact]
    public void ListsTheAllowedNamesWhenNoKnownNameIsClose()
    {
        var text = SourceText.ReplaceOnce(SeedTexts.Json, "\"phone\":", "\"fax\": null,\n    \"phone\":");

        var unknown = Single(SeedTexts.Parse("json", text), ParseRuleIds.Unknown);

        Assert.Equal("/contact/fax", unknown.Location!.Pointer);
        Assert.Contains("phone, email, address, website", unknown.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json", "  \"compiledBy\": \"威县人民政府办公室\",\n", "{")]
    [InlineData("yaml", "compiledBy: 威县人民政府办公室\n", "layout:")]
    public void ReportsAMissingRequiredFieldAtItsObject(string format, string line, string objectStart)
    {
        var text = SourceText.ReplaceOnce(SeedTexts.Of(format), line, "");

        var missing = Single(SeedTexts.Parse(format, text), ParseRuleIds.Missing);

        AssertAt(missing, "/compiledBy", SourceText.PositionOf(text, objectStart));
        Assert.Contains("编制单位", missing.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json", "\"year\": 2021", "\"year\": \"2021\"", "\"2021\",\n  \"publishDate\"")]
    [InlineData("yaml", "year: 2021", "year: \"2021\"", "\"2021\"\npublishDate")]
    public void ReportsAValueOfTheWrongType(string format, string before, string after, string needle)
    {
        var text = SourceText.ReplaceOnce(SeedTexts.Of(format), before, after);

        var type = Single(SeedTexts.Parse(format, text), ParseRuleIds.Type);

        AssertAt(type, "/year", SourceText.PositionOf(text, needle));
    }

    [Theory]
    [InlineData("json", "\"received\": [3,", "\"received\": [2.5,")]
    [InlineData("yaml", "received: [3,", "received: [2.5,")]
    public void ReportsAFractionalCountAtItsCell(string format, string before, string after)
    {
        var text = SourceText.ReplaceOnce(SeedTexts.Of(format), before, after);

        var finding = Single(SeedTexts.Parse(format, text), ParseRuleIds.NotInteger);

        AssertAt(finding, "/table3/received/0", SourceText.PositionOf(text, "2.5"));
        Assert.Equal([2.5m], finding.Numbers);
        Assert.Contains("自然人", finding.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json", "\"total\": [3, null, ", "\"total\": [3, ", "[3, null, null, null, null, 3]")]
    [InlineData("yaml", "total: [3, null, ", "total: [3, ", "[3, null, null, null, null, 3]")]
    public void ReportsATable3RowWithSixCells(string format, string before, string after, string needle)
    {
        var text = SourceText.ReplaceOnce(SeedTexts.Of(format), before, after);

        var finding = Single(SeedTexts.Parse(format, text), ParseRuleIds.Value);

        AssertAt(finding, "/table3/total", SourceText.PositionOf(text, needle));
        Assert.Contains("must have 7 cells, found 6", finding.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json", "\"2022-01-20\"", "\"2022-1-20\"", "/publishDate")]
    [InlineData("yaml", "\"2022-01-20\"", "\"2022-1-20\"", "/publishDate")]
    [InlineData("json", "\"weixian-gov-office\"", "\"Weixian Gov\"", "/agency/id")]
    [InlineData("yaml", "weixian-gov-office ", "\"Weixian Gov\" ", "/agency/id")]
    [InlineData("json", "\"department\"", "\"bureau\"", "/agency/kind")]
    [InlineData("yaml", "\"2021\"", "\"2020\"", "/layout")]
    [InlineData("json", "2021,", "1999,", "/year")]
    public void ReportsValuesOutsideTheirFormat(string format, string before, string after, string pointer)
    {
        var text = SourceText.ReplaceOnce(SeedTexts.Of(format), before, after);

        var finding = Single(SeedTexts.Parse(format, text), ParseRuleIds.Value);

        AssertAt(finding, pointer, SourceText.PositionOf(text, after.TrimEnd().TrimEnd(',')));
    }

    [Fact]
    public void ReportsAnUnquotedYamlLayoutAsANumber()
    {
        var text = SourceText.ReplaceOnce(SeedTexts.Yaml, "layout: \"2021\"", "layout: 2021");

        var finding = Single(SeedTexts.Parse("yaml", text), ParseRuleIds.Type);

        Assert.Equal("/layout", finding.Location!.Pointer);
        Assert.Contains("must be a string, found number", finding.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json", "\"agency\": {", "\"agency\": null,\n  \"x-agency\": {")]
    [InlineData("json", "\"table4\": [0,", "\"table4\": [\"0\",")]
    [InlineData("yaml", "table4: [0,", "table4: [true,")]
    public void ReportsWrongTypesInNestedPlaces(string format, string before, string after)
    {
        var text = SourceText.ReplaceOnce(SeedTexts.Of(format), before, after);

        var result = SeedTexts.Parse(format, text);

        Assert.Null(result.Report);
        Assert.Contains(result.Findings, f => f.RuleId == ParseRuleIds.Type);
    }

    [Fact]
    public void ReportsADuplicateField()
    {
        var text = SourceText.ReplaceOnce(SeedTexts.Json, "\"year\": 2021,", "\"year\": 2021,\n  \"year\": 2022,");

        var finding = Single(SeedTexts.Parse("json", text), ParseRuleIds.Duplicate);

        AssertAt(finding, "/year", SourceText.PositionOf(text, "\"year\": 2022"));
    }

    [Theory]
    [InlineData("json", "\"received\": [3,", "\"received\": [-3,")]
    [InlineData("yaml", "received: [3,", "received: [-3,")]
    public void BindsNegativeCountsForTheValidatorToReport(string format, string before, string after)
    {
        var text = SourceText.ReplaceOnce(SeedTexts.Of(format), before, after);

        var result = SeedTexts.Parse(format, text);

        Assert.Empty(result.Findings);
        Assert.Equal(-3, result.Report!.Applications[Table3Row.Received].NaturalPerson);
    }

    [Fact]
    public void ReportsEveryProblemOfTheFileInOneRunInDocumentOrder()
    {
        var text = SeedTexts.Json;
        text = SourceText.ReplaceOnce(text, "\"year\": 2021", "\"year\": \"2021\"");
        text = SourceText.ReplaceOnce(text, "\"received\": [3,", "\"received\": [2.5,");
        text = SourceText.ReplaceOnce(text, "\"table4\":", "\"tabel4\":");
        text = SourceText.ReplaceOnce(text, "  \"compiledBy\": \"威县人民政府办公室\",\n", "");

        var result = SeedTexts.Parse("json", text);

        Assert.Null(result.Report);
        Assert.Equal(
            [ParseRuleIds.Missing, ParseRuleIds.Missing, ParseRuleIds.Type, ParseRuleIds.NotInteger, ParseRuleIds.Unknown],
            result.Findings.Select(f => f.RuleId));
        Assert.Equal(["/compiledBy", "/table4", "/year", "/table3/received/0", "/tabel4"], result.Findings.Select(f => f.Location!.Pointer));
    }

    [Theory]
    [InlineData("json", "\"year\": 2021,", "\"year\": 2021")]
    [InlineData("yaml", "publishDate: \"2022-01-20\"", "publishDate: \"2022-01-20")]
    [InlineData("yaml", "  name: 威县人民政府办公室", "    name: 威县人民政府办公室\n   bad: [")]
    public void ReportsMalformedInputWithALineAndColumn(string format, string before, string after)
    {
        var text = SourceText.ReplaceOnce(SeedTexts.Of(format), before, after);

        var finding = Single(SeedTexts.Parse(format, text), ParseRuleIds.Syntax);

        Assert.True(finding.Location!.Line > 1);
        Assert.True(finding.Location.Column >= 1);
    }

    [Fact]
    public void ReportsAMissingCommaWhereTheReaderStopped()
    {
        var text = SourceText.ReplaceOnce(SeedTexts.Json, "\"year\": 2021,", "\"year\": 2021");

        var finding = Single(SeedTexts.Parse("json", text), ParseRuleIds.Syntax);

        Assert.Equal(SourceText.PositionOf(text, "\"publishDate\"").Line, finding.Location!.Line);
    }

    [Theory]
    [InlineData("json", "\"year\": 2021,", "\"year\": 2021")]
    [InlineData("yaml", "publishDate: \"2022-01-20\"", "publishDate: \"2022-01-20")]
    public void TheChineseMessageSaysWhereInChineseAndTheEnglishOneQuotesTheParser(string format, string before, string after)
    {
        var text = SourceText.ReplaceOnce(SeedTexts.Of(format), before, after);

        var finding = Single(SeedTexts.Parse(format, text), ParseRuleIds.Syntax);

        var line = finding.Location!.Line!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"第 {line} 行", finding.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]{4,}", finding.MessageZh.Replace("JSON", "", StringComparison.Ordinal).Replace("YAML", "", StringComparison.Ordinal));
        Assert.Matches("[A-Za-z]{4,}", finding.MessageEn);
        Assert.NotNull(finding.Location.Column);
    }
}
