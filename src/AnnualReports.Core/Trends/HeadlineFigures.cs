using AnnualReports.Reports;

namespace AnnualReports.Trends;

/// <summary>
/// The figures a report's trends and year-on-year comparison show, all from the 总计 column of table 三 and the
/// group totals of table 四. Blank cells count as 0, as the rules add them. Both layouts have every figure here:
/// they differ only in （六）其他处理, which is not a headline figure.
/// </summary>
/// <param name="Received">表三 一、本年新收政府信息公开申请数量 · 总计.</param>
/// <param name="Completed">表三 三（七）总计 · 总计: the base of the outcome shares.</param>
/// <param name="Granted">表三 （一）予以公开 · 总计.</param>
/// <param name="PartlyGranted">表三 （二）部分公开 · 总计.</param>
/// <param name="Refused">表三 （三）不予公开 1–8 · 总计, summed.</param>
/// <param name="Unavailable">表三 （四）无法提供 1–3 · 总计, summed.</param>
/// <param name="NotProcessed">表三 （五）不予处理 1–5 · 总计, summed.</param>
/// <param name="Reviews">表四 行政复议 · 总计.</param>
/// <param name="ReviewsCorrected">表四 行政复议 · 结果纠正.</param>
/// <param name="Lawsuits">表四 行政诉讼 · 总计 (未经复议直接起诉 + 复议后起诉).</param>
/// <param name="LawsuitsCorrected">表四 行政诉讼 · 结果纠正 (both kinds of lawsuit).</param>
public sealed record HeadlineFigures(
    int Received,
    int Completed,
    int Granted,
    int PartlyGranted,
    int Refused,
    int Unavailable,
    int NotProcessed,
    int Reviews,
    int ReviewsCorrected,
    int Lawsuits,
    int LawsuitsCorrected)
{
    private static readonly Table3Row[] RefusedRows =
    [
        Table3Row.RefusedStateSecret, Table3Row.RefusedProhibitedByLaw, Table3Row.RefusedEndangersSecurity, Table3Row.RefusedThirdPartyRights,
        Table3Row.RefusedInternalAffairs, Table3Row.RefusedProcessInformation, Table3Row.RefusedLawEnforcementFiles, Table3Row.RefusedInquiryMatters,
    ];

    private static readonly Table3Row[] UnavailableRows =
        [Table3Row.UnavailableNotHeld, Table3Row.UnavailableNeedsCreation, Table3Row.UnavailableStillUnclear];

    private static readonly Table3Row[] NotProcessedRows =
    [
        Table3Row.NotProcessedPetitionOrComplaint, Table3Row.NotProcessedRepeated, Table3Row.NotProcessedPublications,
        Table3Row.NotProcessedMassRepeated, Table3Row.NotProcessedConfirmation,
    ];

    public static HeadlineFigures From(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return From(report.Applications, report.ReviewsAndLitigation);
    }

    /// <summary>The figures of tables 三 and 四 (one report's, or summed over several).</summary>
    public static HeadlineFigures From(Table3 t3, Table4 t4)
    {
        ArgumentNullException.ThrowIfNull(t3);
        ArgumentNullException.ThrowIfNull(t4);
        int Total(Table3Row row) => t3[row].Total ?? 0;
        int Sum(IEnumerable<Table3Row> rows) => rows.Sum(Total);
        return new HeadlineFigures(
            Total(Table3Row.Received),
            Total(Table3Row.Total),
            Total(Table3Row.Granted),
            Total(Table3Row.PartlyGranted),
            Sum(RefusedRows),
            Sum(UnavailableRows),
            Sum(NotProcessedRows),
            t4.AdministrativeReview.Total ?? 0,
            t4.AdministrativeReview.Corrected ?? 0,
            (t4.LitigationWithoutReview.Total ?? 0) + (t4.LitigationAfterReview.Total ?? 0),
            (t4.LitigationWithoutReview.Corrected ?? 0) + (t4.LitigationAfterReview.Corrected ?? 0));
    }

    public int this[HeadlineFigure figure] => figure switch
    {
        HeadlineFigure.Received => Received,
        HeadlineFigure.Granted => Granted,
        HeadlineFigure.PartlyGranted => PartlyGranted,
        HeadlineFigure.Refused => Refused,
        HeadlineFigure.Unavailable => Unavailable,
        HeadlineFigure.NotProcessed => NotProcessed,
        HeadlineFigure.Reviews => Reviews,
        HeadlineFigure.ReviewsCorrected => ReviewsCorrected,
        HeadlineFigure.Lawsuits => Lawsuits,
        HeadlineFigure.LawsuitsCorrected => LawsuitsCorrected,
        _ => throw new ArgumentOutOfRangeException(nameof(figure)),
    };
}
