namespace AnnualReports.Trends;

/// <summary>One headline figure of <see cref="HeadlineFigures"/>, in the order pages show them.</summary>
public enum HeadlineFigure
{
    Received,
    Granted,
    PartlyGranted,
    Refused,
    Unavailable,
    NotProcessed,
    Reviews,
    ReviewsCorrected,
    Lawsuits,
    LawsuitsCorrected,
}

public static class HeadlineFigureLabels
{
    public static IReadOnlyList<HeadlineFigure> All { get; } = Enum.GetValues<HeadlineFigure>();

    /// <summary>The five outcome groups of table 三 whose shares of （七）总计 are shown.</summary>
    public static IReadOnlyList<HeadlineFigure> Outcomes { get; } =
        [HeadlineFigure.Granted, HeadlineFigure.PartlyGranted, HeadlineFigure.Refused, HeadlineFigure.Unavailable, HeadlineFigure.NotProcessed];

    /// <summary>
    /// The figures a report in <paramref name="layout"/> has. Both layouts have all of them today: they differ only in
    /// （六）其他处理 (one row in 2019, three items in 2021), which no headline figure uses. A comparison across layouts
    /// takes the figures both have, so a figure added for one layout only is never compared with the other.
    /// </summary>
    public static IReadOnlyList<HeadlineFigure> In(Reports.LayoutVersion layout) => layout switch
    {
        Reports.LayoutVersion.V2019 or Reports.LayoutVersion.V2021 => All,
        _ => throw new ArgumentOutOfRangeException(nameof(layout)),
    };

    /// <summary>The label as the page shows it, with the table and row it comes from.</summary>
    public static string Label(this HeadlineFigure figure) => figure switch
    {
        HeadlineFigure.Received => "本年新收申请",
        HeadlineFigure.Granted => "予以公开",
        HeadlineFigure.PartlyGranted => "部分公开",
        HeadlineFigure.Refused => "不予公开",
        HeadlineFigure.Unavailable => "无法提供",
        HeadlineFigure.NotProcessed => "不予处理",
        HeadlineFigure.Reviews => "行政复议",
        HeadlineFigure.ReviewsCorrected => "行政复议结果纠正",
        HeadlineFigure.Lawsuits => "行政诉讼",
        HeadlineFigure.LawsuitsCorrected => "行政诉讼结果纠正",
        _ => throw new ArgumentOutOfRangeException(nameof(figure)),
    };
}
