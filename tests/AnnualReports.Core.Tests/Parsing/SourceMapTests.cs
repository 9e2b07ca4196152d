using AnnualReports.Findings;
using AnnualReports.Parsing;
using AnnualReports.Reports;

namespace AnnualReports.Core.Tests.Parsing;

public class SourceMapTests
{
    private static Finding ValidationFinding(CellRef cell) =>
        new("T3-R3", Severity.Error, "总计不符", "total does not add up", ValueList.Of(cell), ValueList.Of(3m, 2m));

    [Fact]
    public void LocatesAValidationFindingAtItsFirstCellInJson()
    {
        var map = SeedTexts.Parse("json", SeedTexts.Json).Map;
        var row = "\"received\": [3, null, null, null, null, null, ";
        var (line, column) = SourceText.PositionOf(SeedTexts.Json, row);

        var located = map.Locate(ValidationFinding(ReportCells.Table3(LayoutVersion.V2021, Table3Row.Received, ApplicantColumn.Total)));

        Assert.Equal(new SourceLocation("/table3/received/6", line, column + row.Length), located.Location);
    }

    [Fact]
    public void LocatesAValidationFindingAtItsFirstCellInYaml()
    {
        var map = SeedTexts.Parse("yaml", SeedTexts.Yaml).Map;
        var (line, column) = SourceText.PositionOf(SeedTexts.Yaml, "table4: [0,");

        var located = map.Locate(ValidationFinding(ReportCells.Table4(Table4Group.AdministrativeReview, CaseOutcome.Corrected)));

        Assert.Equal(new SourceLocation("/table4/1", line, column + "table4: [0, ".Length), located.Location);
    }

    [Fact]
    public void PointsAFieldTheInputLacksAtItsNearestAncestor()
    {
        var map = SeedTexts.Parse("json", SeedTexts.Json).Map;
        var (line, column) = SourceText.PositionOf(SeedTexts.Json, "\"contact\"");

        var location = map.Find("/contact/fax");

        Assert.Equal(new SourceLocation("/contact/fax", line, column), location);
    }

    [Fact]
    public void LeavesAFindingWithoutCellsAsItIs()
    {
        var map = SeedTexts.Parse("json", SeedTexts.Json).Map;
        var finding = new Finding("X", Severity.Warning, "zh", "en", ValueList<CellRef>.Empty, ValueList<decimal>.Empty);

        Assert.Same(finding, map.Locate(finding));
    }

    [Fact]
    public void MapsEveryCellOfTheSeed()
    {
        var map = SeedTexts.Parse("yaml", SeedTexts.Yaml).Map;

        foreach (var row in Table3Layout.V2021.Rows)
        {
            for (var column = 0; column < 7; column++)
            {
                Assert.True(map.TryGet($"{row.Pointer}/{column}", out _), $"{row.Pointer}/{column}");
            }
        }
    }
}
