using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Importing.Recognition;

/// <summary>
/// Chooses the report's one <see cref="LayoutVersion"/> (spec §8). If either table is 2019-shaped the report is V2019:
/// a 2021 table 三 converts exactly (its three （六） rows add up to the single 2019 row, the split is reported);
/// a 2021 table 二 has no exact 2019 equivalent, so it is kept as written (<see cref="Table2Of2021"/>) and reported.
/// </summary>
internal static class LayoutResolver
{
    private static readonly Table3Row[] OtherHandlingRows = [Table3Row.OtherOverdueCorrection, Table3Row.OtherOverdueFee, Table3Row.OtherOther];

    public static (LayoutVersion Layout, Table3 Table) Resolve(Table2 table2, Table3Reader.Result table3, List<Finding> findings)
    {
        var table3Shape = table3.Shape ?? LayoutVersion.V2021;
        var table2Is2019 = table2 is Table2Of2019;
        if (table3Shape == LayoutVersion.V2021 && !table2Is2019)
        {
            return (LayoutVersion.V2021, new Table3(LayoutVersion.V2021, table3.Rows));
        }

        if (table3Shape == LayoutVersion.V2019 && table2Is2019)
        {
            return (LayoutVersion.V2019, new Table3(LayoutVersion.V2019, table3.Rows));
        }

        if (table3Shape == LayoutVersion.V2019)
        {
            findings.Add(ImportFindings.Warning(
                ImportFindings.LayoutMixed,
                "表三按2019年格式填报（“（六）其他处理”只有一行），表二按2021年格式填报。报告按2019年格式处理，表二保留2021年格式的原有数字。",
                "Table 3 follows the 2019 layout (a single （六）其他处理 row) while table 2 follows 2021. The report uses the 2019 layout; table 2 is kept in its 2021 shape as written.",
                new SourceLocation("/layout")));
            return (LayoutVersion.V2019, new Table3(LayoutVersion.V2019, table3.Rows));
        }

        // Table 二 is 2019-shaped, table 三 is 2021-shaped: add the three （六） rows into the single 2019 row.
        var rows = table3.Rows.Where(p => !OtherHandlingRows.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value);
        var merged = ApplicantCounts.Columns
            .Select(column => OtherHandlingRows.Select(r => table3.Rows[r][column]).ToList() is var cells && cells.All(c => c is null)
                ? null
                : (int?)cells.Sum(c => c ?? 0))
            .ToList();
        rows[Table3Row.OtherHandling] = ApplicantCounts.FromCells(merged);
        findings.Add(ImportFindings.Warning(
            ImportFindings.LayoutMixed,
            "表二按2019年格式填报，表三按2021年格式填报。报告按2019年格式处理：表三“（六）其他处理”的三个子项已逐列相加为一行，子项明细不再单独保存。",
            "Table 2 follows the 2019 layout while table 3 follows 2021. The report uses the 2019 layout: table 3's three （六） rows were added column by column into its single row; the split is not kept.",
            new SourceLocation("/table3/otherHandling"),
            null,
            [.. merged.Select(c => (decimal)(c ?? 0))]));
        return (LayoutVersion.V2019, new Table3(LayoutVersion.V2019, rows));
    }
}
