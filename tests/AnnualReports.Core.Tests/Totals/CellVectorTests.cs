using AnnualReports.OpenData;
using AnnualReports.Publishing.Ports;
using AnnualReports.Regions;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using AnnualReports.Totals;

namespace AnnualReports.Core.Tests.Totals;

public class CellVectorTests
{
    /// <summary>What one string property of a table entity holds (32K UTF-16 characters, less the store's margin).</summary>
    private const int PropertyLength = 32_000;

    [Fact]
    public void EachLayoutHasItsOwnCellsInTheOpenDataOrder()
    {
        // 表二 10, 表三 25 rows × 7, 表四 15; 2019: 表二 22, 表三 23 rows × 7, 表四 15.
        Assert.Equal(10 + (25 * 7) + 15, TotalsColumns.Of(LayoutVersion.V2021).Count);
        Assert.Equal(22 + (23 * 7) + 15, TotalsColumns.Of(LayoutVersion.V2019).Count);
        Assert.Contains(TotalsColumns.Of(LayoutVersion.V2019), c => c.Name == "t3_other_handling_total");
        Assert.DoesNotContain(TotalsColumns.Of(LayoutVersion.V2021), c => c.Name == "t3_other_handling_total");
        var order = DataColumns.Names.ToList();
        Assert.All(Enum.GetValues<LayoutVersion>(), layout =>
            Assert.Equal(TotalsColumns.Of(layout).Select(c => order.IndexOf(c.Name)).Order(), TotalsColumns.Of(layout).Select(c => order.IndexOf(c.Name))));
    }

    [Fact]
    public void AReportsVectorHoldsItsCellsWithBlanksAndZerosAsNothing()
    {
        var report = SampleReports.Weixian2021().WithTable3(Table3Row.Received, ApplicantColumn.NaturalPerson, null);
        var text = CellVector.Encode(report);
        var values = CellVector.Decode(LayoutVersion.V2021, text)!;

        Assert.Equal(0m, values[TotalsColumns.IndexOf(LayoutVersion.V2021, "t3_received_natural_person")]);
        Assert.Equal((decimal)(report.Applications[Table3Row.Received].Total ?? 0), values[TotalsColumns.IndexOf(LayoutVersion.V2021, "t3_received_total")]);
        Assert.Equal(report.ActiveDisclosure is Table2Of2021 t2 ? t2.FeesTenThousandYuan ?? 0 : -1, values[TotalsColumns.IndexOf(LayoutVersion.V2021, "t2_fees_amount")]);
        Assert.DoesNotContain(",0,", text, StringComparison.Ordinal);
        Assert.InRange(text.Length, TotalsColumns.Of(LayoutVersion.V2021).Count - 1, 600);
        Assert.Equal(text, CellVector.Encode(values));
    }

    [Fact]
    public void AVectorOfAnotherLengthOrWithTextIsUnknown()
    {
        var text = CellVector.Encode(SampleReports.Weixian2021());
        Assert.Null(CellVector.Decode(LayoutVersion.V2019, text));
        Assert.Null(CellVector.Decode(LayoutVersion.V2021, text + ","));
        Assert.Null(CellVector.Decode(LayoutVersion.V2021, "x" + text));
        Assert.Null(CellVector.Decode(LayoutVersion.V2021, null));
    }

    [Fact]
    public void ARegionsRowOfTenYearsFitsInOnePropertyAndTwentyYearsInBothLayoutsInTheSplitRow()
    {
        // National scale: every cell a seven-digit sum (real national sums are mostly smaller).
        string Row(int years, IReadOnlyList<LayoutVersion> layouts, decimal value) => SummaryRows.Write(new RegionTotals(
            "130000", 10_000, 10_000 * years, DateTimeOffset.UnixEpoch,
            YearTotals.Sum(Enumerable.Range(2015, years).SelectMany(y => layouts.Select(l =>
                new YearTotals(y, l, 1_000, 0, new ValueList<decimal>(Enumerable.Repeat(value, TotalsColumns.Of(l).Count))))))));

        var tenYears = Row(10, [LayoutVersion.V2021], 9_999_999m);
        Assert.True(tenYears.Length < PropertyLength, $"Ten years take {tenYears.Length} characters.");
        var twentyInBoth = Row(20, [LayoutVersion.V2019, LayoutVersion.V2021], 9_999_999m);
        Assert.True(twentyInBoth.Length < PropertyLength * 15, $"Twenty years in both layouts take {twentyInBoth.Length} characters.");
        Assert.Equal(40, SummaryRows.ReadListing("000000", [new SummaryRow("c~130000", twentyInBoth, "e")]).Children[0].Years!.Count);
    }
}
