using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Rendering.Views;

/// <summary>Table 四's one data row, in the printed (and data-file) order of its 15 cells.</summary>
internal static class Table4ViewBuilder
{
    public static Table4View Build(Table4 table) => new(
    [
        .. table.Groups.SelectMany(g => CaseOutcomes.Outcomes.Select(outcome =>
            new DataCell(CellText.Of(g.Outcomes[outcome]), CellPointers.Table4(g.Group, outcome)))),
    ]);
}
