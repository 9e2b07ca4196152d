using AnnualReports.Reports;

namespace AnnualReports.TestKit;

public static partial class SampleReports
{
    /// <summary>
    /// An invented report in the 2019 layout, arithmetically consistent: blanks beside numbers, a negative 本年增/减,
    /// a decimal procurement amount, a people's government, an address and no website.
    /// </summary>
    public static AnnualReport Sample2019WithBlanks() => new(
        LayoutVersion.V2019,
        new ReportMetadata(
            new Agency("sample-county-gov", "某县人民政府", AgencyKind.PeoplesGovernment, "某省某市某县"),
            2019,
            new DateOnly(2020, 3, 20),
            "某县人民政府办公室",
            new Contact("0000-1234567", null, "某县人民路1号", null)),
        ValueList<string>.Empty,
        new NarrativeSection(ValueList.Of(
            new NarrativeBlock("（一）主动公开", ValueList.Of("全年主动公开政府信息 1200 条。", "第二段。")),
            new NarrativeBlock(null, ValueList.Of("没有小标题的一段。")))),
        new Table2Of2019(
            Rules: new PublicationCounts(0, 0, 0),
            NormativeDocuments: new PublicationCounts(3, 3, 20),
            Licensing: new ItemCounts(12, -2, 340),
            OtherManagementServices: new ItemCounts(5, 1, null),
            Punishment: new ItemCounts(2, 0, 17),
            Enforcement: new ItemCounts(1, 0, null),
            Fees: new FeeItemCounts(4, -1),
            Procurement: new ProcurementCounts(6, 1234.56m)),
        Sample2019WithBlanksTable3(),
        Table4.FromCells([1, 0, 0, 1, 2, 0, 1, 0, 0, 1, null, null, null, null, null]),
        new NarrativeSection(ValueList.Of(new NarrativeBlock(null, ValueList.Of("存在的问题。")))),
        new NarrativeSection(ValueList<NarrativeBlock>.Empty),
        ValueList<string>.Empty);

    /// <summary>
    /// 一 + 二 = 三（七）+ 四 in every column: 自然人 5+1 = 5+1, 商业企业 1 = 1, 法律服务机构 1 = 1, 总计 7+1 = 7+1.
    /// </summary>
    public static Table3 Sample2019WithBlanksTable3()
    {
        var rows = Table3Layout.V2019.Rows.ToDictionary(d => d.Row, _ => new ApplicantCounts(0, 0, 0, 0, 0, 0, 0));
        rows[Table3Row.Received] = new ApplicantCounts(5, 1, 0, 0, 1, 0, 7);
        rows[Table3Row.CarriedOver] = new ApplicantCounts(1, null, null, null, null, null, 1);
        rows[Table3Row.Granted] = new ApplicantCounts(3, 0, 0, 0, 1, 0, 4);
        rows[Table3Row.PartlyGranted] = new ApplicantCounts(1, 0, 0, 0, 0, 0, 1);
        rows[Table3Row.UnavailableNotHeld] = new ApplicantCounts(1, 1, 0, 0, 0, 0, 2);
        rows[Table3Row.OtherHandling] = ApplicantCounts.Blank;
        rows[Table3Row.Total] = new ApplicantCounts(5, 1, 0, 0, 1, 0, 7);
        rows[Table3Row.CarriedForward] = new ApplicantCounts(1, 0, 0, 0, 0, 0, 1);
        return new Table3(LayoutVersion.V2019, rows);
    }
}
