using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>
/// T3-R1, the 勾稽关系 printed in the format: in every column, 一 + 二 = 三（七）总计 + 四.
/// Cells: 一, 二, （七）总计, 四 of the column. Numbers: [一 + 二, （七）总计 + 四, (一 + 二) − (（七）总计 + 四)].
/// Blank cells count as 0; a blank total beside non-zero parts is read as the sum of its parts (see
/// <see cref="Table3Cells"/>), so this rule never fails only because a total was left blank.
/// </summary>
public sealed class Table3ColumnBalanceRule : IReportRule
{
    public string Id => "T3-R1";

    public Severity Severity => Severity.Error;

    public string TitleZh => "表三每列：一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度继续办理";

    public string TitleEn => "Table 3, each column: received + carried over = total handled + carried forward";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cells = new Table3Cells(report);
        foreach (var column in ApplicantCounts.Columns)
        {
            var received = cells.Value(Table3Row.Received, column);
            var carriedOver = cells.Value(Table3Row.CarriedOver, column);
            var handled = cells.Value(Table3Row.Total, column);
            var carriedForward = cells.Value(Table3Row.CarriedForward, column);
            var left = received + carriedOver;
            var right = handled + carriedForward;
            if (left == right)
            {
                continue;
            }

            string Zh(Table3Row row, string label) => Say.TermZh(label, cells.Raw(row, column), cells.Value(row, column));
            string En(Table3Row row, string label) => Say.TermEn(label, cells.Raw(row, column), cells.Value(row, column));

            yield return new Finding(
                Id,
                Severity,
                $"表三“{Table3Cells.ColumnZh(column)}”列：{Zh(Table3Row.Received, "一、本年新收")} + {Zh(Table3Row.CarriedOver, "二、上年结转")} = {Say.N(left)}，"
                + $"但{Zh(Table3Row.Total, "（七）总计")} + {Zh(Table3Row.CarriedForward, "四、结转下年度")} = {Say.N(right)}，相差 {Say.Gap(left, right)}。"
                + "本列应满足：第一项加第二项之和，等于第三项加第四项之和。",
                $"Table 3, column \"{Table3Cells.ColumnEn(column)}\": {En(Table3Row.Received, "received")} + {En(Table3Row.CarriedOver, "carried over")} = {Say.N(left)}, "
                + $"but {En(Table3Row.Total, "total handled")} + {En(Table3Row.CarriedForward, "carried forward")} = {Say.N(right)}; difference {Say.Gap(left, right)}.",
                ValueList.Of(
                    cells.Cell(Table3Row.Received, column),
                    cells.Cell(Table3Row.CarriedOver, column),
                    cells.Cell(Table3Row.Total, column),
                    cells.Cell(Table3Row.CarriedForward, column)),
                ValueList.Of<decimal>(left, right, left - right),
                new SourceLocation(cells.Cell(Table3Row.Received, column).Pointer));
        }
    }
}
