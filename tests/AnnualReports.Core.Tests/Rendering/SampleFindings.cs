using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Core.Tests.Rendering;

/// <summary>Findings as the validator and parser report them: an arithmetic error and a late-publication warning.</summary>
internal static class SampleFindings
{
    public static IReadOnlyList<Finding> Two() =>
    [
        new Finding(
            "T2-DEADLINE",
            Severity.Warning,
            "发布日期2022年2月3日晚于法定期限2022年1月31日。",
            "Published on 2022-02-03, after the legal deadline 2022-01-31.",
            ValueList.Of(ReportCells.Field("/publishDate", "发布日期", "publish date")),
            ValueList<decimal>.Empty,
            new SourceLocation("/publishDate", 5, 14)),
        new Finding(
            "T3-R1",
            Severity.Error,
            "表三“自然人”列：一（3）加二（0）之和为3，不等于（七）总计（2）加四（0）之和2，相差1。",
            "Table 3, column \"natural persons\": 1 (3) + 2 (0) = 3, but 3.(7) (2) + 4 (0) = 2; difference 1.",
            ValueList.Of(
                ReportCells.Table3(LayoutVersion.V2021, Table3Row.Received, ApplicantColumn.NaturalPerson),
                ReportCells.Table3(LayoutVersion.V2021, Table3Row.Total, ApplicantColumn.NaturalPerson)),
            ValueList.Of(3m, 0m, 2m, 0m, 1m),
            new SourceLocation("/table3/received/0", 31, 17)),
    ];
}
