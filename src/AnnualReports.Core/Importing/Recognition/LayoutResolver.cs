using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Importing.Recognition;

/// <summary>
/// Chooses the report's <see cref="LayoutVersion"/> (spec §8): it names the shape of table 三, the single
/// （六）其他处理 row or the three. Table 二 keeps the shape it was written in (<see cref="Table2Of2019"/> or
/// <see cref="Table2Of2021"/>): real reports mix the two (a 2022 report with the 2019 table 二, 2023 reports with the
/// 2019 table 三), and converting either would lose or invent numbers. A mixed report is reported as a warning.
/// </summary>
internal static class LayoutResolver
{
    public static (LayoutVersion Layout, Table3 Table) Resolve(Table2 table2, Table3Reader.Result table3, List<Finding> findings)
    {
        var layout = table3.Shape ?? LayoutVersion.V2021;
        var table2Layout = table2 is Table2Of2019 ? LayoutVersion.V2019 : LayoutVersion.V2021;
        if (layout != table2Layout)
        {
            findings.Add(ImportFindings.Warning(
                ImportFindings.LayoutMixed,
                $"表二按{table2Layout.ToCode()}年格式填报，表三按{layout.ToCode()}年格式填报。两张表均按原样保留，报告格式以表三为准（{layout.ToCode()}年格式）。",
                $"Table 2 follows the {table2Layout.ToCode()} layout while table 3 follows {layout.ToCode()}. Both are kept as written; the report's layout is table 3's ({layout.ToCode()}).",
                new SourceLocation("/layout")));
        }

        return (layout, new Table3(layout, table3.Rows));
    }
}
