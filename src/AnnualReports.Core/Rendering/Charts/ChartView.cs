namespace AnnualReports.Rendering.Charts;

/// <summary>A laid-out bar chart, every coordinate already written as SVG text; the template only places them.</summary>
/// <param name="AxisX1">Where the baseline starts; it runs to <paramref name="AxisX2"/> at <paramref name="BaselineY"/>.</param>
/// <param name="HasPattern">True when a series is hatched, so the SVG defines its pattern.</param>
public sealed record ChartView(
    string Id,
    string Title,
    string Description,
    string Width,
    string Height,
    string AxisX1,
    string AxisX2,
    string BaselineY,
    string Stroke,
    bool HasPattern,
    IReadOnlyList<ChartGroupView> Groups,
    IReadOnlyList<ChartLegendView> Legend);

/// <summary>One category (a year): its bars and its label under the baseline.</summary>
public sealed record ChartGroupView(string Label, string LabelX, string LabelY, IReadOnlyList<ChartBarView> Bars);

/// <summary>One bar with its value written above it and a tooltip naming the year, the series and the value.</summary>
public sealed record ChartBarView(
    string X,
    string Y,
    string Width,
    string Height,
    string Fill,
    string CssClass,
    string ValueText,
    string TextX,
    string TextY,
    string Tooltip);

/// <summary>A legend entry: a swatch at (X, Y) and the series name at (TextX, TextY).</summary>
public sealed record ChartLegendView(string Name, string X, string Y, string TextX, string TextY, string Fill);
