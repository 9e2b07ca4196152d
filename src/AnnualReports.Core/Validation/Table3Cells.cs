using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation;

/// <summary>
/// How the table 三 rules read a cell. A written number is itself. A blank cell counts as 0, except a blank
/// total beside non-zero parts (the T3-B1 / T3-B2 warnings): the other rules read it as the sum of its parts,
/// so the blank is reported once, as a warning, and the rest of the table is still checked.
/// <list type="bullet">
/// <item>the 总计 column of any row but （七）总计: the sum of the row's six applicant cells;</item>
/// <item>a （七）总计 cell of an applicant column: the sum of the outcome rows in that column;</item>
/// <item>the （七）总计 cell of the 总计 column: the sum of the outcome rows' 总计 cells, each read this way.</item>
/// </list>
/// </summary>
internal sealed class Table3Cells(AnnualReport report)
{
    public LayoutVersion Layout { get; } = report.Applications.Layout;

    public Table3 Table { get; } = report.Applications;

    public Table3Layout Rows => Table3Layout.For(Layout);

    public IEnumerable<Table3Row> OutcomeRows => Rows.OutcomeRows.Select(d => d.Row);

    public int? Raw(Table3Row row, ApplicantColumn column) => Table[row][column];

    public int Value(Table3Row row, ApplicantColumn column) => Raw(row, column) ?? BlankValue(row, column);

    /// <summary>A blank cell's value, summed in loops: the validator asks for every cell, many of them blank.</summary>
    private int BlankValue(Table3Row row, ApplicantColumn column)
    {
        var sum = 0;
        if (row == Table3Row.Total)
        {
            foreach (var outcome in Rows.OutcomeRows)
            {
                sum += column == ApplicantColumn.Total ? Value(outcome.Row, column) : Raw(outcome.Row, column) ?? 0;
            }
        }
        else if (column == ApplicantColumn.Total)
        {
            foreach (var part in ApplicantCounts.PartColumns)
            {
                sum += Raw(row, part) ?? 0;
            }
        }

        return sum;
    }

    /// <summary>T3-B1: a row's 总计 is blank while one of its six applicant cells is not zero.</summary>
    public bool IsBlankRowTotalBesideParts(Table3Row row) =>
        row != Table3Row.Total
        && Raw(row, ApplicantColumn.Total) is null
        && ApplicantCounts.PartColumns.Any(c => (Raw(row, c) ?? 0) != 0);

    /// <summary>T3-B2: a （七）总计 cell is blank while one of the outcome rows in its column is not zero.</summary>
    public bool IsBlankOutcomeTotalBesideParts(ApplicantColumn column) =>
        Raw(Table3Row.Total, column) is null
        && OutcomeRows.Any(r => Value(r, column) != 0);

    public CellRef Cell(Table3Row row, ApplicantColumn column) => ReportCells.Table3(Layout, row, column);

    /// <summary>The row's short label for messages, e.g. （三）不予公开 1.属于国家秘密.</summary>
    public string LabelZh(Table3Row row)
    {
        var definition = Rows[row];
        return definition.Group is null ? definition.Heading : definition.Item is null ? definition.Group : $"{definition.Group}{definition.Item}";
    }

    public string LabelEn(Table3Row row) => Rows[row].English;

    public string TermZh(Table3Row row, ApplicantColumn column) => Say.TermZh(LabelZh(row), Raw(row, column), Value(row, column));

    public string TermEn(Table3Row row, ApplicantColumn column) => Say.TermEn(LabelEn(row), Raw(row, column), Value(row, column));

    public static string ColumnZh(ApplicantColumn column) => Table3Layout.ColumnLabel(column);

    public static string ColumnEn(ApplicantColumn column) => Table3Layout.ColumnEnglish(column);
}
