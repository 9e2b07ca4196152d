using System.Globalization;
using AnnualReports.Rendering.Charts;

namespace AnnualReports.Core.Tests.Rendering.Charts;

public class BarChartTests
{
    private static BarChartData Data(IReadOnlyList<string> series, params (string Label, double?[] Values)[] groups) => new(
        "c", "标题", "说明", series, [.. groups.Select(g => new BarGroupData(g.Label, g.Values))], null, v => v.ToString("0", CultureInfo.InvariantCulture));

    [Fact]
    public void BarHeightsAreProportionalToTheValuesWithTheLargestAtFullHeight()
    {
        var chart = BarChart.Layout(Data(["件数"], ("2021", [10]), ("2022", [40]), ("2023", [25])));

        Assert.Equal(["25", "100", "62.5"], chart.Groups.Select(g => g.Bars[0].Height));
        Assert.Equal(["10", "40", "25"], chart.Groups.Select(g => g.Bars[0].ValueText));
        Assert.All(chart.Groups, g => Assert.Equal(
            double.Parse(chart.BaselineY, CultureInfo.InvariantCulture),
            double.Parse(g.Bars[0].Y, CultureInfo.InvariantCulture) + double.Parse(g.Bars[0].Height, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void AllZeroValuesDrawFlatBarsAndUnknownValuesSaySo()
    {
        var chart = BarChart.Layout(Data(["件数", "纠正"], ("2021", [0, 0]), ("2022", [null, null])));

        Assert.All(chart.Groups.SelectMany(g => g.Bars), b => Assert.Equal("0", b.Height));
        Assert.Equal(["0", "0", "无数据", "无数据"], chart.Groups.SelectMany(g => g.Bars).Select(b => b.ValueText));
    }

    [Fact]
    public void AFixedMaximumScalesPercentages()
    {
        var chart = BarChart.Layout(Data(["占比"], ("2021", [12.5])) with { Max = 100 });

        Assert.Equal("12.5", chart.Groups[0].Bars[0].Height);
    }

    [Fact]
    public void TheSecondSeriesIsHatchedAndEveryBarIsOutlined()
    {
        var chart = BarChart.Layout(Data(["总计", "纠正"], ("2021", [4, 1])));

        Assert.True(chart.HasPattern);
        Assert.Equal([BarChart.SolidFill, "url(#c-hatch)"], chart.Groups[0].Bars.Select(b => b.Fill));
        Assert.Equal(["总计", "纠正"], chart.Legend.Select(l => l.Name));
        Assert.Equal(BarChart.Stroke, chart.Stroke);
    }

    [Fact]
    public void CoordinatesAreWrittenTheSameInEveryCulture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var chart = BarChart.Layout(Data(["件数"], ("2021", [1]), ("2022", [3])));
            Assert.Equal("33.3", chart.Groups[0].Bars[0].Height);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void RejectsMoreSeriesThanGreyscaleCanTellApart() =>
        Assert.Throws<ArgumentException>(() => BarChart.Layout(Data(["a", "b", "c"], ("2021", [1, 2, 3]))));
}
