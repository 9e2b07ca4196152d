using AnnualReports.Demo;
using AnnualReports.Reports;
using AnnualReports.TestKit;

namespace AnnualReports.Core.Tests.Validation;

/// <summary>The generator behind the properties: varied enough that they are not vacuous, and reproducible.</summary>
public class ConsistentReportsTests
{
    private static readonly IReadOnlyList<AnnualReport> Sample =
    [
        .. Enumerable.Range(0, 40).SelectMany(seed => new[]
        {
            ConsistentReports.Generate(new Random(seed), LayoutVersion.V2019),
            ConsistentReports.Generate(new Random(seed), LayoutVersion.V2021),
        }),
    ];

    [Fact]
    public void TheSameSeedGivesTheSameReport() =>
        Assert.Equal(ConsistentReports.Generate(new Random(42), LayoutVersion.V2021), ConsistentReports.Generate(new Random(42), LayoutVersion.V2021));

    [Fact]
    public void GeneratesBothLayoutsWithTheirOwnTables()
    {
        Assert.All(Sample, r => Assert.Equal(r.Layout, r.Applications.Layout));
        Assert.Contains(Sample, r => r.ActiveDisclosure is Table2Of2019);
        Assert.Contains(Sample, r => r.ActiveDisclosure is Table2Of2021);
    }

    [Fact]
    public void GeneratesNumbersBlanksWrittenZerosAndBlankTotals()
    {
        var table3 = Sample.SelectMany(r => r.Applications.Rows).ToList();

        Assert.Contains(table3, row => row.NaturalPerson > 0);
        Assert.Contains(table3, row => row.Total > 0);
        Assert.Contains(table3, row => row.CommercialEnterprise is null);
        Assert.Contains(table3, row => row.ResearchInstitution == 0);
        Assert.Contains(table3, row => row.Total is null);
        Assert.Contains(Sample, r => r.Applications[Table3Row.CarriedOver].Total > 0);
        Assert.Contains(Sample, r => r.ReviewsAndLitigation.Cells.Any(c => c > 0));
        Assert.Contains(Sample, r => r.ReviewsAndLitigation.AdministrativeReview.Total is null);
    }

    [Fact]
    public void FollowsThePreviousYearOfTheSameAgency()
    {
        var previous = ConsistentReports.Generate(new Random(7), LayoutVersion.V2021);

        var report = ConsistentReports.Generate(new Random(8), LayoutVersion.V2021, previous);

        Assert.Equal(previous.Metadata.Year + 1, report.Metadata.Year);
        Assert.Equal(previous.Metadata.Agency, report.Metadata.Agency);
        Assert.All(ApplicantCounts.PartColumns, c =>
            Assert.Equal(previous.Applications[Table3Row.CarriedForward][c] ?? 0, report.Applications[Table3Row.CarriedOver][c] ?? 0));
    }
}
