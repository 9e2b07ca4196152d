using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AnnualReports.Demo;
using AnnualReports.OpenData;
using AnnualReports.Parsing;
using AnnualReports.Reports;
using AnnualReports.TestKit;

namespace AnnualReports.Core.Tests.OpenData;

public class ReportsCsvTests
{
    public static TheoryData<string> Reports => ["seed", "sample-2019", "sample-2019-blanks", "district-2019", "generated"];

    [Fact]
    public async Task StartsWithAByteOrderMarkAndTheColumnHeader()
    {
        var (csv, _, _) = await OpenDataFiles.BuildAsync([SampleReports.Weixian2021()]);

        Assert.Equal(Rfc4180Csv.Bom, csv[..3]);
        Assert.StartsWith(string.Join(",", DataColumns.Names) + "\r\n", Encoding.UTF8.GetString(csv, 3, csv.Length - 3), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task EveryRowReadsBackToTheNumbersOfItsReportJson(string which)
    {
        var reports = ReportsOf(which);

        var (csv, _, _) = await OpenDataFiles.BuildAsync(reports);

        var records = Rfc4180Csv.Read(csv);
        Assert.Equal<string?>(DataColumns.Names, records[0]);
        Assert.Equal(reports.Count, records.Count - 1);
        for (var r = 0; r < reports.Count; r++)
        {
            AssertSameAsReportJson(reports[r], records[r + 1]);
        }
    }

    [Fact]
    public async Task QuotesFieldsThatHoldCommasQuotesOrLineBreaks()
    {
        var report = SampleReports.Weixian2021();
        var name = "威县\"人民\",政府\r\n办公室";
        report = report with { Metadata = report.Metadata with { Agency = report.Metadata.Agency with { Name = name } } };

        var (csv, _, _) = await OpenDataFiles.BuildAsync([report]);

        Assert.Equal(name, Rfc4180Csv.Read(csv)[1][DataColumns.IndexOf("agency_name")]);
    }

    [Fact]
    public async Task TheSeedsCellsAreWhereTheNationalFormatPutsThem()
    {
        var seed = SeedReport();

        var (csv, _, _) = await OpenDataFiles.BuildAsync([seed]);

        var row = Rfc4180Csv.Read(csv)[1];
        string? Cell(string name) => row[DataColumns.IndexOf(name)];
        Assert.Equal(("weixian-gov-office", "130533", "2021", "2021", "2022-01-20"), (Cell("agency_id"), Cell("region_code"), Cell("year"), Cell("layout"), Cell("publish_date")));
        Assert.Equal(Format(seed.Applications[Table3Row.Received].Total), Cell("t3_received_total"));
        Assert.Equal(Format(seed.Applications[Table3Row.Received].NaturalPerson), Cell("t3_received_natural_person"));
        Assert.Null(Cell("t3_other_handling_total"));
        Assert.Null(Cell("t2_rules_newly_made"));
    }

    /// <summary>Each column's field against the cell its pointer names in the report's data file; absent there means empty here.</summary>
    private static void AssertSameAsReportJson(AnnualReport report, string?[] record)
    {
        var json = JsonNode.Parse(CanonicalJson.WriteUtf8(report))!;
        for (var i = 0; i < DataColumns.All.Count; i++)
        {
            var column = DataColumns.All[i];
            if (column.Name == "region_code")
            {
                continue; // the listing's code: the data file may name a region without its code
            }

            var expected = At(json, column.Pointer) switch
            {
                null => null,
                JsonValue v when v.TryGetValue(out decimal d) => Format(d),
                JsonValue v => v.ToString(),
                var other => throw new InvalidOperationException($"{column.Pointer} is not a cell: {other.ToJsonString()}"),
            };
            Assert.True(expected == record[i], $"{report.Metadata.Agency.Id}/{report.Metadata.Year} {column.Name}: report.json has {expected ?? "blank"}, the CSV {record[i] ?? "blank"}");
        }
    }

    private static JsonNode? At(JsonNode root, string pointer)
    {
        JsonNode? node = root;
        foreach (var segment in pointer.Split('/').Skip(1))
        {
            node = node switch
            {
                JsonObject o => o[segment],
                JsonArray a when int.TryParse(segment, CultureInfo.InvariantCulture, out var index) && index < a.Count => a[index],
                _ => null,
            };
        }

        return node;
    }

    private static string? Format(decimal? value) => value?.ToString("0.############################", CultureInfo.InvariantCulture);

    private static AnnualReport SeedReport() => DataFileParser.Parse(SeedFiles.WeixianJson(), "weixian-2021.json").Report!;

    private static List<AnnualReport> ReportsOf(string which) => which switch
    {
        "seed" => [SeedReport()],
        "sample-2019" => [SampleReports.Sample2019()],
        "sample-2019-blanks" => [SampleReports.Sample2019WithBlanks()],
        "district-2019" => [SampleReports2019.DistrictOffice2019()],
        "generated" => [.. Enumerable.Range(0, 20).Select(i => ConsistentReports.Generate(new Random(i), i % 2 == 0 ? LayoutVersion.V2019 : LayoutVersion.V2021))],
        _ => throw new ArgumentOutOfRangeException(nameof(which)),
    };
}
