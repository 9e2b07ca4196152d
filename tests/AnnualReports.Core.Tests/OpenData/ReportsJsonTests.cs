using System.Text.Json;
using AnnualReports.OpenData;
using AnnualReports.Reports;
using AnnualReports.TestKit;

namespace AnnualReports.Core.Tests.OpenData;

public class ReportsJsonTests
{
    [Fact]
    public async Task HoldsTheSameRowsAsTheCsvWithTheBuildTimeAndLicence()
    {
        AnnualReport[] reports = [SampleReports.Weixian2021(), SampleReports.Sample2019WithBlanks()];

        var (csv, json, _) = await OpenDataFiles.BuildAsync(reports, "署名 4.0");

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("2026-11-28T23:00:00Z", root.GetProperty("builtAt").GetString());
        Assert.Equal("署名 4.0", root.GetProperty("licence").GetString());
        Assert.Equal(DataColumns.Names, root.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var records = Rfc4180Csv.Read(csv);
        var rows = root.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(records.Count - 1, rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            Assert.Equal(DataColumns.Names, rows[r].EnumerateObject().Select(p => p.Name));
            Assert.Equal(records[r + 1], rows[r].EnumerateObject().Select(p => p.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => p.Value.GetString(),
                _ => p.Value.GetRawText(),
            }));
        }

        Assert.Equal(JsonValueKind.Number, rows[0].GetProperty("t3_received_total").ValueKind);
        Assert.Equal(JsonValueKind.Number, rows[0].GetProperty("year").ValueKind);
        Assert.Equal(JsonValueKind.String, rows[0].GetProperty("region_code").ValueKind);
    }

    [Fact]
    public async Task TheDataHashIgnoresTheBuildTimeButNotTheData()
    {
        var once = await OpenDataFiles.BuildAsync([SampleReports.Weixian2021()]);
        var again = await OpenDataFiles.BuildAsync([SampleReports.Weixian2021()]);
        var other = await OpenDataFiles.BuildAsync([SampleReports.Weixian2021(), SampleReports.Sample2019()]);
        var otherLicence = await OpenDataFiles.BuildAsync([SampleReports.Weixian2021()], "另一许可");

        Assert.Equal(once.Csv, again.Csv);
        Assert.Equal(once.Stamp.DataHash, again.Stamp.DataHash);
        Assert.NotEqual(once.Stamp.DataHash, other.Stamp.DataHash);
        Assert.NotEqual(once.Stamp.DataHash, otherLicence.Stamp.DataHash);
        Assert.Equal(once.Stamp, DataStamp.Parse(once.Stamp.ToString()));
    }
}
