using AnnualReports.Reports;

namespace AnnualReports.TestKit;

public static partial class SampleReports
{
    /// <summary>
    /// A fictional report in the 2019 trial layout (国办公开办函〔2019〕60号): its own table 二 with 第二十条第（九）项,
    /// and a single （六）其他处理 row. Every arithmetic rule holds; zeros are written as 0 (not blank), unlike the seed.
    /// </summary>
    public static AnnualReport Sample2019() => new(
        LayoutVersion.V2019,
        new ReportMetadata(
            new Agency("example-county-natural-resources", "示例县自然资源局", AgencyKind.Department, "示例省示例市示例县"),
            2019,
            new DateOnly(2020, 1, 15),
            "示例县自然资源局",
            new Contact("0000-1234567", "gongkai@example.gov.cn", "示例县人民路1号", "https://www.example.gov.cn")),
        ValueList.Of("本报告根据《中华人民共和国政府信息公开条例》第五十条编制。本报告所列数据的统计期限为2019年1月1日至2019年12月31日。"),
        new NarrativeSection(ValueList.Of(
            new NarrativeBlock("（一）主动公开", ValueList.Of("全年主动公开政府信息326条，其中规范性文件4件。")),
            new NarrativeBlock("（二）依申请公开", ValueList.Of("全年新收政府信息公开申请13件，上年结转1件，办结13件，结转下年度1件。")))),
        new Table2Of2019(
            Rules: new PublicationCounts(0, 0, 0),
            NormativeDocuments: new PublicationCounts(4, 4, 27),
            Licensing: new ItemCounts(35, -2, 1280),
            OtherManagementServices: new ItemCounts(12, 1, 46),
            Punishment: new ItemCounts(20, 0, 315),
            Enforcement: new ItemCounts(8, 0, 12),
            Fees: new FeeItemCounts(3, -1),
            Procurement: new ProcurementCounts(5, 7730.28m)),
        Sample2019Table3(),
        Table4.FromCells([1, 0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0]),
        new NarrativeSection(ValueList.Of(
            new NarrativeBlock(null, ValueList.Of("主动公开的时效性有待提高。下一步将规范发布流程。")))),
        new NarrativeSection(ValueList.Of(
            new NarrativeBlock(null, ValueList.Of("本年度未收取信息处理费。")))),
        ValueList.Of("如对本报告有疑问，请与示例县自然资源局联系。"));

    /// <summary>
    /// 一 13 + 二 1 = （七）总计 13 + 四 1 in every column: 自然人 10+1 = 10+1, 商业企业 2 = 2, 法律服务机构 1 = 1.
    /// </summary>
    public static Table3 Sample2019Table3()
    {
        var zero = new ApplicantCounts(0, 0, 0, 0, 0, 0, 0);
        var rows = Table3Layout.V2019.Rows.ToDictionary(d => d.Row, _ => zero);
        rows[Table3Row.Received] = new ApplicantCounts(10, 2, 0, 0, 1, 0, 13);
        rows[Table3Row.CarriedOver] = new ApplicantCounts(1, 0, 0, 0, 0, 0, 1);
        rows[Table3Row.Granted] = new ApplicantCounts(5, 1, 0, 0, 1, 0, 7);
        rows[Table3Row.PartlyGranted] = new ApplicantCounts(2, 0, 0, 0, 0, 0, 2);
        rows[Table3Row.RefusedThirdPartyRights] = new ApplicantCounts(1, 0, 0, 0, 0, 0, 1);
        rows[Table3Row.UnavailableNotHeld] = new ApplicantCounts(1, 1, 0, 0, 0, 0, 2);
        rows[Table3Row.OtherHandling] = new ApplicantCounts(1, 0, 0, 0, 0, 0, 1);
        rows[Table3Row.Total] = new ApplicantCounts(10, 2, 0, 0, 1, 0, 13);
        rows[Table3Row.CarriedForward] = new ApplicantCounts(1, 0, 0, 0, 0, 0, 1);
        return new Table3(LayoutVersion.V2019, rows);
    }
}
