using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>
/// T2-X1 (cross-year, soft): 现行有效件数(Y) = 现行有效件数(Y−1) + 本年制发件数(Y) − 本年废止件数(Y), for 规章 and
/// 行政规范性文件 separately. It fails legitimately when documents lapse or are recounted, hence a warning.
/// Runs only when both reports use the 2021 layout and the context holds year − 1. The 2019 layout is skipped on
/// purpose: it has no 废止 column, and offices read 对外公开总数量 either as a running total of everything ever
/// published or as the number currently published, so no single equation holds for it (nor across layouts,
/// where 对外公开总数量 and 现行有效件数 count different things).
/// Cells: this year's 现行有效件数, 本年制发件数, 本年废止件数. Numbers: [现行有效(Y), 现行有效(Y−1) + 制发 − 废止, difference].
/// </summary>
public sealed class Table2InForceRule : IReportRule
{
    public string Id => "T2-X1";

    public Severity Severity => Severity.Warning;

    public string TitleZh => "跨年度：现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数（规章、行政规范性文件分别计算；仅2021年版）";

    public string TitleEn => "Across years: in force = last year's in force + issued − repealed (rules and normative documents separately; 2021 layout only)";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(context);
        if (report.ActiveDisclosure is not Table2Of2021 current
            || context.PreviousYearOf(report)?.ActiveDisclosure is not Table2Of2021 previous)
        {
            yield break;
        }

        var lastYear = report.Metadata.Year - 1;
        var rows = new[]
        {
            ("rules", "规章", "rules", current.Rules, previous.Rules),
            ("normativeDocuments", "行政规范性文件", "normative documents", current.NormativeDocuments, previous.NormativeDocuments),
        };
        foreach (var (row, zh, en, now, before) in rows)
        {
            var inForce = now.InForce ?? 0;
            var expected = (before.InForce ?? 0) + (now.Issued ?? 0) - (now.Repealed ?? 0);
            if (inForce == expected)
            {
                continue;
            }

            yield return new Finding(
                Id,
                Severity,
                $"表二“{zh}”：现行有效件数({Say.N(inForce)})，但{Say.N(lastYear)}年现行有效件数({Say.N(before.InForce ?? 0)}) + 本年制发件数({Say.N(now.Issued ?? 0)}) − 本年废止件数({Say.N(now.Repealed ?? 0)}) = {Say.N(expected)}，相差 {Say.Gap(inForce, expected)}。如有失效、修订或重新清理，请在报告中说明。",
                $"Table 2, {en}: in force ({Say.N(inForce)}), but in force in {Say.N(lastYear)} ({Say.N(before.InForce ?? 0)}) + issued ({Say.N(now.Issued ?? 0)}) − repealed ({Say.N(now.Repealed ?? 0)}) = {Say.N(expected)}; difference {Say.Gap(inForce, expected)}. Lapsed, revised or recounted documents explain this legitimately.",
                ValueList.Of(
                    ReportCells.Table2(row, "inForce", $"{zh} 现行有效件数", $"{en}, in force"),
                    ReportCells.Table2(row, "issued", $"{zh} 本年制发件数", $"{en}, issued this year"),
                    ReportCells.Table2(row, "repealed", $"{zh} 本年废止件数", $"{en}, repealed this year")),
                ValueList.Of<decimal>(inForce, expected, inForce - expected),
                new SourceLocation($"/table2/{row}/inForce"));
        }
    }
}
