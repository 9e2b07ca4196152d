using AnnualReports.Reports;
using AnnualReports.TestKit;
using AnnualReports.Trends;

namespace AnnualReports.Core.Tests.Trends;

public class YearOnYearTests
{
    [Theory]
    [InlineData(40, 50, 10, 25.0)]
    [InlineData(50, 40, -10, -20.0)]
    [InlineData(3, 4, 1, 33.3)]
    [InlineData(3, 2, -1, -33.3)]
    [InlineData(7, 7, 0, 0.0)]
    public void TheChangeIsThisYearMinusLastAndItsShareOfLastYear(int previous, int current, int difference, double perCent)
    {
        var change = YearOnYear.Change(HeadlineFigure.Received, previous, current);

        Assert.Equal((previous, current, difference), (change.Previous, change.Current, change.Difference));
        Assert.Equal(perCent, change.PerCent);
    }

    [Theory]
    [InlineData(0, 5, 5)]
    [InlineData(0, 0, 0)]
    public void NoPerCentWhenLastYearWasZero(int previous, int current, int difference)
    {
        var change = YearOnYear.Change(HeadlineFigure.Reviews, previous, current);

        Assert.Equal(difference, change.Difference);
        Assert.Null(change.PerCent);
    }

    [Fact]
    public void ALayoutChangeComparesOnlyTheFiguresBothLayoutsHave()
    {
        var reports = Rendering.SampleTrends.Reports();
        var (previous, current) = (reports[1], reports[2]);
        Assert.Equal((LayoutVersion.V2019, LayoutVersion.V2021), (previous.Layout, current.Layout));

        var comparison = YearOnYear.Compare(current, PreviousYearFigures.From(previous, "h"));

        Assert.True(comparison.LayoutsDiffer);
        Assert.Equal(
            HeadlineFigureLabels.In(LayoutVersion.V2019).Intersect(HeadlineFigureLabels.In(LayoutVersion.V2021)),
            comparison.Changes.Select(c => c.Figure));
        Assert.Equal(
            comparison.Changes.Select(c => (HeadlineFigures.From(previous)[c.Figure], HeadlineFigures.From(current)[c.Figure])),
            comparison.Changes.Select(c => (c.Previous, c.Current)));
        Assert.Equal((2020, 2021), (comparison.PreviousYear, comparison.Year));
    }

    [Fact]
    public void TheSameLayoutComparesEveryFigure()
    {
        var reports = Rendering.SampleTrends.Reports();

        var comparison = YearOnYear.Compare(reports[3], PreviousYearFigures.From(reports[2], "h"));

        Assert.False(comparison.LayoutsDiffer);
        Assert.Equal(HeadlineFigureLabels.All, comparison.Changes.Select(c => c.Figure));
    }

    [Fact]
    public void BlankCellsOnEitherSideCountAsZero()
    {
        var previous = SampleReports.Weixian2021().WithYear(2020).WithTable4(Table4Group.AdministrativeReview, CaseOutcome.Total, null);
        var current = SampleReports.Weixian2021().WithTable4(Table4Group.AdministrativeReview, CaseOutcome.Total, 3);

        var change = YearOnYear.Compare(current, PreviousYearFigures.From(previous, "h")).Changes.Single(c => c.Figure == HeadlineFigure.Reviews);

        Assert.Equal((0, 3, 3, (double?)null), (change.Previous, change.Current, change.Difference, change.PerCent));
    }
}
