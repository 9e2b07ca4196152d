using System.Text;
using AnnualReports.Parsing;
using AnnualReports.Reports;
using AnnualReports.TestKit;

namespace AnnualReports.Core.Tests.Parsing;

public class CanonicalJsonTests
{
    public static TheoryData<string> Samples =>
        ["weixian-2021", "sample-2019", "sample-2019-with-blanks", "2021-with-2019-table2", "2019-with-2021-table2"];

    private static AnnualReport Sample(string name) => name switch
    {
        "sample-2019" => SampleReports.Sample2019(),
        "sample-2019-with-blanks" => SampleReports.Sample2019WithBlanks(),
        "2021-with-2019-table2" => SampleReports.Weixian2021() with { ActiveDisclosure = SampleReports.Sample2019().ActiveDisclosure },
        "2019-with-2021-table2" => SampleReports.Sample2019() with { ActiveDisclosure = SampleReports.Weixian2021().ActiveDisclosure },
        _ => SampleReports.Weixian2021(),
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void ParsingTheWrittenFileGivesTheSameReport(string name)
    {
        var report = Sample(name);

        var result = DataFileParser.Parse(CanonicalJson.WriteUtf8(report), $"{name}.json");

        Assert.Empty(result.Findings);
        Assert.Equal(report, result.Report);
    }

    [Fact]
    public void RoundTripKeepsTextThatNeedsEscapingAndTheLayout2019Shape()
    {
        var tricky = "引号\"、反斜杠\\、<script>alert(1)</script> & 表情😀\t制表\n换行";
        var report = SampleReports.Sample2019WithBlanks() with
        {
            Preamble = ValueList.Of(tricky, ""),
            ClosingNotes = ValueList.Of("结尾"),
        };

        var json = CanonicalJson.Write(report);
        var result = DataFileParser.Parse(Encoding.UTF8.GetBytes(json), "r.json");

        Assert.Equal(report, result.Report);
        Assert.Contains("\"otherHandling\": [null, null, null, null, null, null, null]", json, StringComparison.Ordinal);
        Assert.Contains("\"procurement\": {", json, StringComparison.Ordinal);
    }

    [Fact]
    public void WritesTwoSpaceIndentLineFeedsAndUnescapedChinese()
    {
        var json = CanonicalJson.Write(SampleReports.Weixian2021());

        Assert.StartsWith("{\n  \"layout\": \"2021\",\n  \"agency\": {\n    \"id\": \"weixian-gov-office\",", json, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', json);
        Assert.Contains("\"name\": \"威县人民政府办公室\"", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void WritesEqualAmountsAlikeWhateverTheirScale()
    {
        var report = SampleReports.Weixian2021();
        var table2 = (Table2Of2021)report.ActiveDisclosure;

        var withScale = CanonicalJson.Write(report with { ActiveDisclosure = table2 with { FeesTenThousandYuan = 1.50m } });
        var withoutScale = CanonicalJson.Write(report with { ActiveDisclosure = table2 with { FeesTenThousandYuan = 1.5m } });

        Assert.Equal(withoutScale, withScale);
        Assert.Contains("\"amount\": 1.5\n", withScale, StringComparison.Ordinal);
    }

    [Fact]
    public void WritesTheSameBytesForEqualReports()
    {
        Assert.Equal(CanonicalJson.WriteUtf8(SampleReports.Sample2019WithBlanks()), CanonicalJson.WriteUtf8(SampleReports.Sample2019WithBlanks()));
    }

    [Fact]
    public void PropertiesFollowTheDocumentedOrder()
    {
        var json = CanonicalJson.Write(SampleReports.Weixian2021());
        string[] order =
        [
            "\"layout\"", "\"agency\"", "\"year\"", "\"publishDate\"", "\"compiledBy\"", "\"contact\"", "\"preamble\"",
            "\"overview\"", "\"table2\"", "\"table3\"", "\"table4\"", "\"problems\"", "\"otherMatters\"", "\"closingNotes\"",
        ];

        var positions = order.Select(p => json.IndexOf("\n  " + p, StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }
}
