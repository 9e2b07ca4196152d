using System.Globalization;
using AnnualReports.Demo;
using AnnualReports.OpenData;
using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using AnnualReports.Regions;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using AnnualReports.Totals;
using FsCheck.Xunit;

namespace AnnualReports.Core.Tests.Totals;

/// <summary>
/// Over generated regions: every region's totals, as its partition of the summaries stores them (agency rows and
/// sub-region rows written and read back), equal the cell-wise sum of the published reports of the agencies in it
/// and below it, blanks as 0, each year and layout apart, and reports without cells counted but not summed.
/// </summary>
public class RegionTotalsProperties
{
    private static readonly Divisions Divisions = Divisions.Embedded;

    [Property(MaxTest = 40)]
    public void ARegionsTotalsAreTheCellWiseSumOfTheReportsInIt(int seed)
    {
        var rng = new Random(seed);
        var places = Places();
        var summaries = new List<ReportSummary>();
        var reports = new List<(AnnualReport Report, string Code, bool Known)>();
        var count = rng.Next(1, 10);
        for (var a = 0; a < count; a++)
        {
            var code = places[rng.Next(places.Count)];
            var id = $"agency-{a.ToString(CultureInfo.InvariantCulture)}";
            foreach (var year in Enumerable.Range(2019, 6).Where(_ => rng.Next(3) > 0))
            {
                var layout = year < 2021 || rng.Next(5) == 0 ? LayoutVersion.V2019 : LayoutVersion.V2021;
                var report = Blanked(rng, ConsistentReports.Generate(rng, layout).WithYear(year).WithAgency(g => g with { Id = id }));
                var known = rng.Next(6) > 0;
                var summary = ReportSummary.From(report, DateTimeOffset.UnixEpoch.AddDays(year), 0, $"hash-{id}-{year}") with { RegionCode = code };
                summaries.Add(known ? summary : summary with { Cells = null });
                reports.Add((report, code, known));
            }
        }

        var agencies = summaries.GroupBy(s => s.AgencyId).Select(g => AgencyListing.From(g)!).ToList();
        var stored = Stored(RegionTree.Listings(agencies, Divisions));
        foreach (var (code, listing) in stored)
        {
            var inRegion = reports.Where(r => Divisions.Chain(r.Code).Any(d => d.Code == code)).ToList();
            var years = listing.Totals().Years ?? throw new InvalidOperationException($"{code} has no totals.");

            Assert.Equal(
                inRegion.Select(r => (r.Report.Metadata.Year, r.Report.Layout)).Distinct().Order(),
                years.Select(y => (y.Year, y.Layout)));
            foreach (var y in years)
            {
                var included = inRegion.Where(r => r.Report.Metadata.Year == y.Year && r.Report.Layout == y.Layout).ToList();
                var summed = included.Where(r => r.Known).Select(r => ReportRow.From(r.Report)).ToList();
                Assert.Equal(summed.Count, y.Reports);
                Assert.Equal(included.Count(r => !r.Known), y.WithoutData);
                foreach (var column in TotalsColumns.Of(y.Layout))
                {
                    var at = DataColumns.IndexOf(column.Name);
                    var expected = summed.Sum(row => row.Values[at] is { } text ? decimal.Parse(text, CultureInfo.InvariantCulture) : 0m);
                    Assert.True(expected == y[column.Name], $"{code} {y.Year} {column.Name}: expected {expected}, summed {y[column.Name]}");
                }

                // Read back as 表三 and 表四, every cell is the sum of the reports' cells (blank = 0).
                var table3 = TotalsTables.Table3(y);
                foreach (var definition in Table3Layout.For(y.Layout).Rows)
                {
                    foreach (var column in ApplicantCounts.Columns)
                    {
                        Assert.Equal(included.Where(r => r.Known).Sum(r => r.Report.Applications[definition.Row][column] ?? 0), table3[definition.Row][column]);
                    }
                }

                Assert.Equal(
                    Enumerable.Range(0, 15).Select(i => included.Where(r => r.Known).Sum(r => r.Report.ReviewsAndLitigation.Cells.ElementAt(i) ?? 0)),
                    TotalsTables.Table4(y).Cells.Select(c => c ?? 0));

                // 表二 read back: a report holding the summed 表二 gives back every summed 表二 cell as its own.
                if (included.Where(r => r.Known).Select(r => r.Report).FirstOrDefault() is { } any)
                {
                    var row = ReportRow.From(any with { ActiveDisclosure = TotalsTables.Table2(y) });
                    foreach (var column in TotalsColumns.Of(y.Layout).Where(c => c.Table == "表二"))
                    {
                        var text = row.Values[DataColumns.IndexOf(column.Name)];
                        Assert.True(
                            (text is null ? 0m : decimal.Parse(text, CultureInfo.InvariantCulture)) == y[column.Name],
                            $"{code} {y.Year} 表二 {column.Name}: {text} but summed {y[column.Name]}");
                    }
                }
            }
        }
    }

    /// <summary>Two counties of one city, the city itself, its province, another province, and the national level.</summary>
    private static List<string> Places()
    {
        var counties = Divisions.ChildrenOf("130500").Take(2).Select(d => d.Code);
        return [.. counties, "130500", "130000", "320000", AnnualReports.Regions.Divisions.National];
    }

    /// <summary>Each region's listing as its partition stores it: rows written as JSON and read back, deepest level first.</summary>
    private static Dictionary<string, RegionListing> Stored(Dictionary<string, RegionListing> wanted)
    {
        var stored = new Dictionary<string, RegionListing>(StringComparer.Ordinal);
        foreach (var listing in wanted.Values.OrderByDescending(l => Divisions.Find(l.Code)!.Level))
        {
            var rows = listing.Agencies.Select(a => new SummaryRow(SummaryRows.AgencyKey(a.AgencyId), SummaryRows.Write(a), "e"))
                .Concat(Divisions.ChildrenOf(listing.Code).Where(d => stored.ContainsKey(d.Code))
                    .Select(d => new SummaryRow(SummaryRows.ChildKey(d.Code), SummaryRows.Write(stored[d.Code].Totals()), "e")));
            stored[listing.Code] = SummaryRows.ReadListing(listing.Code, [.. rows]);
        }

        return stored;
    }

    /// <summary>Some cells of 表三 and 表四 made blank (they sum as 0).</summary>
    private static AnnualReport Blanked(Random rng, AnnualReport report)
    {
        var rows = Table3Layout.For(report.Layout).Rows;
        for (var i = 0; i < 5; i++)
        {
            report = report.WithTable3(rows[rng.Next(rows.Count)].Row, ApplicantCounts.Columns[rng.Next(7)], null).WithTable4(rng.Next(15), null);
        }

        return report;
    }
}
