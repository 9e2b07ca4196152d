using System.Globalization;

namespace AnnualReports.Rendering.Charts;

/// <summary>
/// The geometry of a bar chart drawn as inline SVG: one group of bars per category (a year), one bar per series,
/// heights proportional to the values, each bar labelled with its value. Pure and culture-invariant, so the same data
/// gives the same bytes. Colour never carries meaning alone: series differ in lightness and pattern (solid dark,
/// hatched light) and each bar has its value written above it.
/// </summary>
public static class BarChart
{
    /// <summary>The height of the tallest possible bar, in SVG user units.</summary>
    public const double PlotHeight = 100;

    public const double BarWidth = 26;
    private const double BarGap = 4;
    private const double GroupGap = 18;
    private const double Side = 8;
    private const double LegendHeight = 16;
    private const double ValueSpace = 14;
    private const double LabelSpace = 18;

    /// <summary>The fill of the first series: dark and solid.</summary>
    public const string SolidFill = "#1f3b57";

    /// <summary>The edge of every bar, so a light hatched bar stays visible on white.</summary>
    public const string Stroke = "#1f3b57";

    /// <summary>Lays out <paramref name="chart"/>; a <c>null</c> value draws no bar and says so in its label.</summary>
    public static ChartView Layout(BarChartData chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var seriesCount = chart.Series.Count;
        if (seriesCount is < 1 or > 2)
        {
            throw new ArgumentException("A chart has one or two series (two fills that differ in greyscale).", nameof(chart));
        }

        if (chart.Groups.Any(g => g.Values.Count != seriesCount))
        {
            throw new ArgumentException("Every group needs one value per series.", nameof(chart));
        }

        var max = chart.Max ?? chart.Groups.SelectMany(g => g.Values).Max(v => v ?? 0);
        var scale = max > 0 ? PlotHeight / max : 0;
        var legend = seriesCount > 1 ? LegendHeight : 0;
        var top = legend + ValueSpace;
        var baseline = top + PlotHeight;
        var groupWidth = (seriesCount * BarWidth) + ((seriesCount - 1) * BarGap);
        var width = Math.Max((2 * Side) + (chart.Groups.Count * groupWidth) + (Math.Max(0, chart.Groups.Count - 1) * GroupGap), 160);
        var height = baseline + LabelSpace;

        var groups = new List<ChartGroupView>(chart.Groups.Count);
        for (var g = 0; g < chart.Groups.Count; g++)
        {
            var group = chart.Groups[g];
            var left = Side + (g * (groupWidth + GroupGap));
            var bars = new List<ChartBarView>(seriesCount);
            for (var s = 0; s < seriesCount; s++)
            {
                var value = group.Values[s];
                var barHeight = Math.Round((value ?? 0) * scale, 1, MidpointRounding.AwayFromZero);
                var x = left + (s * (BarWidth + BarGap));
                var text = value is null ? "无数据" : chart.Format(value.Value);
                bars.Add(new ChartBarView(
                    N(x),
                    N(baseline - barHeight),
                    N(BarWidth),
                    N(barHeight),
                    s == 0 ? SolidFill : $"url(#{chart.Id}-hatch)",
                    s == 0 ? "bar" : "bar bar-hatched",
                    text,
                    N(x + (BarWidth / 2)),
                    N(baseline - barHeight - 3),
                    $"{group.Label} {chart.Series[s]}：{text}"));
            }

            groups.Add(new ChartGroupView(group.Label, N(left + (groupWidth / 2)), N(baseline + 13), bars));
        }

        var legendItems = seriesCount > 1
            ? chart.Series.Select((name, s) => new ChartLegendView(
                name,
                N(Side + (s * 80)),
                N(3),
                N(Side + (s * 80) + 14),
                N(12),
                s == 0 ? SolidFill : $"url(#{chart.Id}-hatch)")).ToList()
            : [];

        return new ChartView(
            chart.Id,
            chart.Title,
            chart.Description,
            N(width),
            N(height),
            N(Side),
            N(width - Side),
            N(baseline),
            Stroke,
            seriesCount > 1,
            groups,
            legendItems);
    }

    /// <summary>A coordinate as SVG writes it: invariant, at most one decimal, no trailing zeros.</summary>
    public static string N(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>What a chart shows: its categories (years) and, per category, one value per series.</summary>
/// <param name="Id">Unique on the page: the SVG's title, description and pattern ids start with it.</param>
/// <param name="Max">The value of a full-height bar (100 for per cent); the largest value when <c>null</c>.</param>
/// <param name="Format">How a value is written on its bar.</param>
public sealed record BarChartData(
    string Id,
    string Title,
    string Description,
    IReadOnlyList<string> Series,
    IReadOnlyList<BarGroupData> Groups,
    double? Max,
    Func<double, string> Format);

/// <param name="Values">One per series; <c>null</c> where the figure is unknown.</param>
public sealed record BarGroupData(string Label, IReadOnlyList<double?> Values);
