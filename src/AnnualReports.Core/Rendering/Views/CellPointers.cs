using System.Collections.Concurrent;
using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Rendering.Views;

/// <summary>
/// The data cells of tables 三 and 四 with their data-file pointers (<c>data-cell</c>), built once each: a report
/// page has some 200 cells. A cell that is blank or holds 0–9 (most of them) is shared; others are built per page.
/// </summary>
internal static class CellPointers
{
    /// <summary>Cells shared per pointer: index 0 is blank, index 1 + n holds n.</summary>
    private const int SharedValues = 10;

    private static readonly ConcurrentDictionary<(LayoutVersion, Table3Row, ApplicantColumn), DataCell[]> Table3Cells = new();
    private static readonly ConcurrentDictionary<(Table4Group, CaseOutcome), DataCell[]> Table4Cells = new();

    public static DataCell Table3(LayoutVersion layout, Table3Row row, ApplicantColumn column, int? value) => Cell(
        Table3Cells.GetOrAdd((layout, row, column), static key => Shared(ReportCells.Table3(key.Item1, key.Item2, key.Item3).Pointer)),
        value);

    public static DataCell Table4(Table4Group group, CaseOutcome outcome, int? value) => Cell(
        Table4Cells.GetOrAdd((group, outcome), static key => Shared(ReportCells.Table4(key.Item1, key.Item2).Pointer)),
        value);

    private static DataCell Cell(DataCell[] shared, int? value) => value switch
    {
        null => shared[0],
        >= 0 and < SharedValues => shared[1 + value.Value],
        _ => new DataCell(CellText.Of(value), shared[0].Pointer),
    };

    private static DataCell[] Shared(string pointer)
    {
        return [SharedFluidValues.Share(new DataCell("", pointer)), .. Enumerable.Range(0, SharedValues).Select(n => SharedFluidValues.Share(new DataCell(CellText.Of(n), pointer)))];
    }
}
