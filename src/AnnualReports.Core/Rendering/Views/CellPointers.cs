using System.Collections.Concurrent;
using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Rendering.Views;

/// <summary>
/// The data-file pointers of table cells (<c>data-cell</c>), built once each: a report page has some 200 cells, and
/// building each <see cref="CellRef"/> anew (with its Chinese and English labels) cost a third of the page's allocations.
/// </summary>
internal static class CellPointers
{
    private static readonly ConcurrentDictionary<(LayoutVersion, Table3Row, ApplicantColumn), string> Table3Pointers = new();
    private static readonly ConcurrentDictionary<(Table4Group, CaseOutcome), string> Table4Pointers = new();

    public static string Table3(LayoutVersion layout, Table3Row row, ApplicantColumn column) =>
        Table3Pointers.GetOrAdd((layout, row, column), static key => ReportCells.Table3(key.Item1, key.Item2, key.Item3).Pointer);

    public static string Table4(Table4Group group, CaseOutcome outcome) =>
        Table4Pointers.GetOrAdd((group, outcome), static key => ReportCells.Table4(key.Item1, key.Item2).Pointer);
}
