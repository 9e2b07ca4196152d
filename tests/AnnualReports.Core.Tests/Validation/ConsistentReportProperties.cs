using AnnualReports.Demo;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using AnnualReports.Validation;
using FsCheck.Xunit;

namespace AnnualReports.Core.Tests.Validation;

/// <summary>Properties over random consistent reports of both layouts (<see cref="ConsistentReports"/>).</summary>
[Properties(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 200)]
public class ConsistentReportProperties
{
    [Property]
    public void AConsistentReportValidatesClean(ConsistentReport consistent) =>
        Assert.Empty(ReportValidator.Validate(consistent.Report));

    [Property]
    public void AConsistentReportFollowingLastYearsRaisesNoCrossYearWarningAndNoError(ConsistentPair pair)
    {
        var findings = ReportValidator.Validate(pair.Report, new ValidationContext(pair.Previous));

        Assert.DoesNotContain(findings, f => f.IsError || f.RuleId is "T3-X1" or "T2-X1");
    }

    [Property]
    public void ChangingAnyOneCountOfTable3Or4BreaksARule(ConsistentReport consistent, CountChange change)
    {
        var (changed, _) = Change(consistent.Report, change);

        Assert.NotEmpty(ReportValidator.Validate(changed));
    }

    [Property]
    public void ChangingAnyOneCountOfTable3IsAnError(ConsistentReport consistent, CountChange change)
    {
        // Blank totals are read as the sum of their parts, so even a change beside blank totals is caught by an
        // arithmetic rule. (In table 四 a change beside a blank total is only T4-B1: no other rule reads it.)
        var (changed, table) = Change(consistent.Report, change with { CellChoice = change.CellChoice % Table3CellCount(consistent.Report) });

        Assert.Equal(3, table);
        Assert.Contains(ReportValidator.Validate(changed), f => f.IsError);
    }

    private static int Table3CellCount(AnnualReport report) => report.Applications.Rows.Count * 7;

    /// <summary>Sets one cell of table 三 or 四 to a number different from what it counted as (blank = 0).</summary>
    private static (AnnualReport Changed, int Table) Change(AnnualReport report, CountChange change)
    {
        var table3Cells = Table3CellCount(report);
        var index = change.CellChoice % (table3Cells + 15);
        if (index < table3Cells)
        {
            var row = Table3Layout.For(report.Layout).Rows[index / 7].Row;
            var column = (ApplicantColumn)(index % 7);
            return (report.WithTable3(row, column, Different(report.Applications[row][column], change.NewValue)), 3);
        }

        var cell = index - table3Cells;
        var old = report.ReviewsAndLitigation.Cells.ElementAt(cell);
        return (report.WithTable4(cell, Different(old, change.NewValue)), 4);
    }

    private static int Different(int? old, int candidate) => candidate == (old ?? 0) ? candidate + 1 : candidate;
}
