using AnnualReports.Reports;

namespace AnnualReports.Rendering.Views;

/// <summary>Table 四's one data row, in the printed (and data-file) order of its 15 cells.</summary>
internal static class Table4ViewBuilder
{
    public static Table4View Build(Table4 table)
    {
        var cells = new List<DataCell>(15);
        foreach (var group in table.Groups)
        {
            foreach (var outcome in CaseOutcomes.Outcomes)
            {
                cells.Add(CellPointers.Table4(group.Group, outcome, group.Outcomes[outcome]));
            }
        }

        return new Table4View(cells);
    }
}
