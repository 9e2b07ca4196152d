using AnnualReports.Reports;

namespace AnnualReports.TestKit;

/// <summary>
/// A report in the 2019 trial layout (spec §8), modelled on real 2019 reports: the 2019 table 二 (with 本年增/减 and
/// 政府集中采购) and the single （六）其他处理 row. Its tables add up.
/// </summary>
public static class SampleReports2019
{
    public static AnnualReport DistrictOffice2019()
    {
        var rows = Table3Layout.V2019.Rows.ToDictionary(d => d.Row, _ => new ApplicantCounts(0, 0, 0, 0, 0, 0, 0));
        rows[Table3Row.Received] = new ApplicantCounts(4, 1, null, null, null, null, 5);
        rows[Table3Row.CarriedOver] = new ApplicantCounts(1, 0, 0, 0, 0, 0, 1);
        rows[Table3Row.Granted] = new ApplicantCounts(2, 1, 0, 0, 0, 0, 3);
        rows[Table3Row.PartlyGranted] = new ApplicantCounts(1, 0, 0, 0, 0, 0, 1);
        rows[Table3Row.UnavailableNotHeld] = new ApplicantCounts(1, 0, 0, 0, 0, 0, 1);
        rows[Table3Row.OtherHandling] = new ApplicantCounts(1, 0, 0, 0, 0, 0, 1);
        rows[Table3Row.Total] = new ApplicantCounts(5, 1, 0, 0, 0, 0, 6);

        return new AnnualReport(
            LayoutVersion.V2019,
            new ReportMetadata(
                new Agency("wendeng-gov-office", "威海市文登区人民政府办公室", AgencyKind.Department, "山东省威海市文登区", "371003"),
                2019,
                new DateOnly(2020, 1, 15),
                "威海市文登区人民政府办公室",
                new Contact("0631—8451234", "wdxxgk@example.gov.cn", null, "http://www.wendeng.gov.cn")),
            ValueList.Of("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。"),
            new NarrativeSection(ValueList.Of(
                new NarrativeBlock("（一）主动公开", ValueList.Of("全年主动公开政府信息1200条。")),
                new NarrativeBlock("（二）依申请公开", ValueList.Of("全年受理政府信息公开申请5件。")))),
            new Table2Of2019(
                Rules: new PublicationCounts(0, 0, 0),
                NormativeDocuments: new PublicationCounts(3, 3, 12),
                Licensing: new ItemCounts(56, 2, 1234),
                OtherManagementServices: new ItemCounts(10, -1, 88),
                Punishment: new ItemCounts(5, 0, 17),
                Enforcement: new ItemCounts(2, 0, 3),
                Fees: new FeeItemCounts(4, -1),
                Procurement: new ProcurementCounts(12, 251000m)),
            new Table3(LayoutVersion.V2019, rows),
            Table4.FromCells([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
            new NarrativeSection(ValueList.Of(new NarrativeBlock(null, ValueList.Of("信息公开的及时性有待提高。")))),
            new NarrativeSection(ValueList.Of(new NarrativeBlock(null, ValueList.Of("无其他需要报告的事项。")))),
            ValueList.Of("本年度报告由威海市文登区人民政府办公室编制，统计期限为2019年1月1日至2019年12月31日。联系电话：0631—8451234，电子邮箱：wdxxgk@example.gov.cn，网站：http://www.wendeng.gov.cn。"));
    }
}
