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
