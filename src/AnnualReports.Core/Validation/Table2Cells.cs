using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation;

/// <summary>One cell of table 二 with its value and whether the format allows a negative number there.</summary>
internal sealed record Table2Cell(CellRef Cell, decimal? Value, bool MayBeNegative);

/// <summary>The cells of table 二 in printed order, for either layout, named with their data file pointers.</summary>
internal static class Table2Cells
{
    public static IEnumerable<Table2Cell> Of(Table2 table) => table switch
    {
        Table2Of2021 t => Of2021(t),
        Table2Of2019 t => Of2019(t),
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };

    private static IEnumerable<Table2Cell> Of2021(Table2Of2021 t)
    {
        foreach (var (row, counts, zh, en) in new[] { ("rules", t.Rules, "规章", "rules"), ("normativeDocuments", t.NormativeDocuments, "行政规范性文件", "normative documents") })
        {
            yield return new(ReportCells.Table2(row, "issued", $"{zh} 本年制发件数", $"{en}, issued this year"), counts.Issued, false);
            yield return new(ReportCells.Table2(row, "repealed", $"{zh} 本年废止件数", $"{en}, repealed this year"), counts.Repealed, false);
            yield return new(ReportCells.Table2(row, "inForce", $"{zh} 现行有效件数", $"{en}, in force"), counts.InForce, false);
        }

        yield return new(ReportCells.Table2("licensing", "decisions", "行政许可 本年处理决定数量", "administrative licensing, decisions this year"), t.LicensingDecisions, false);
        yield return new(ReportCells.Table2("punishment", "decisions", "行政处罚 本年处理决定数量", "administrative punishment, decisions this year"), t.PunishmentDecisions, false);
        yield return new(ReportCells.Table2("enforcement", "decisions", "行政强制 本年处理决定数量", "administrative enforcement, decisions this year"), t.EnforcementDecisions, false);
        yield return new(ReportCells.Table2("fees", "amount", "行政事业性收费 本年收费金额（单位：万元）", "administrative fees, amount this year (10,000 yuan)"), t.FeesTenThousandYuan, false);
    }

    private static IEnumerable<Table2Cell> Of2019(Table2Of2019 t)
    {
        foreach (var (row, counts, zh, en) in new[] { ("rules", t.Rules, "规章", "rules"), ("normativeDocuments", t.NormativeDocuments, "规范性文件", "normative documents") })
        {
            yield return new(ReportCells.Table2(row, "newlyMade", $"{zh} 本年新制作数量", $"{en}, newly made this year"), counts.NewlyMade, false);
            yield return new(ReportCells.Table2(row, "newlyPublished", $"{zh} 本年新公开数量", $"{en}, newly published this year"), counts.NewlyPublished, false);
            yield return new(ReportCells.Table2(row, "totalPublished", $"{zh} 对外公开总数量", $"{en}, total published"), counts.TotalPublished, false);
        }

        var items = new[]
        {
            ("licensing", t.Licensing, "行政许可", "administrative licensing"),
            ("otherManagementServices", t.OtherManagementServices, "其他对外管理服务事项", "other management services"),
            ("punishment", t.Punishment, "行政处罚", "administrative punishment"),
            ("enforcement", t.Enforcement, "行政强制", "administrative enforcement"),
        };
        foreach (var (row, counts, zh, en) in items)
        {
            yield return new(ReportCells.Table2(row, "previousYearItems", $"{zh} 上一年项目数量", $"{en}, items last year"), counts.PreviousYearItems, false);
            yield return new(ReportCells.Table2(row, "change", $"{zh} 本年增/减", $"{en}, change this year"), counts.Change, true);
            yield return new(ReportCells.Table2(row, "decisions", $"{zh} 处理决定数量", $"{en}, decisions"), counts.Decisions, false);
        }

        yield return new(ReportCells.Table2("fees", "previousYearItems", "行政事业性收费 上一年项目数量", "administrative fees, items last year"), t.Fees.PreviousYearItems, false);
        yield return new(ReportCells.Table2("fees", "change", "行政事业性收费 本年增/减", "administrative fees, change this year"), t.Fees.Change, true);
        yield return new(ReportCells.Table2("procurement", "items", "政府集中采购 采购项目数量", "central government procurement, items"), t.Procurement.Items, false);
        yield return new(ReportCells.Table2("procurement", "totalAmount", "政府集中采购 采购总金额", "central government procurement, total amount"), t.Procurement.TotalAmount, false);
    }
}
