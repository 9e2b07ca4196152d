using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation.Rules;

/// <summary>
/// T3-X1 (cross-year): in every column, last year's 四、结转下年度继续办理 = this year's 二、上年结转政府信息公开申请数量.
/// Runs only when the context holds the report of year − 1 (any layout: both have rows 二 and 四).
/// Cells: this year's 二 (the previous report's cell is named in the message only, it is another file).
/// Numbers: [this year's 二, last year's 四, this year's 二 − last year's 四].
/// </summary>
public sealed class Table3CarryOverRule : IReportRule
{
    public string Id => "T3-X1";

    public Severity Severity => Severity.Warning;

    public string TitleZh => "跨年度：上年报告表三“四、结转下年度继续办理” = 本年“二、上年结转”（每列）";

    public string TitleEn => "Across years, each column: last year's carried forward = this year's carried over";

    public IEnumerable<Finding> Check(AnnualReport report, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(context);
        if (context.PreviousYearOf(report) is not { } previousReport)
        {
            yield break;
        }

        var cells = new Table3Cells(report);
        var previous = new Table3Cells(previousReport);
        var lastYear = previousReport.Metadata.Year;
        foreach (var column in ApplicantCounts.Columns)
        {
            var carriedOver = cells.Value(Table3Row.CarriedOver, column);
            var carriedForward = previous.Value(Table3Row.CarriedForward, column);
            if (carriedOver == carriedForward)
            {
                continue;
            }

            yield return new Finding(
                Id,
                Severity,
                $"表三“{Table3Cells.ColumnZh(column)}”列：本年{Say.TermZh("二、上年结转", cells.Raw(Table3Row.CarriedOver, column), carriedOver)}，"
                + $"但{Say.N(lastYear)}年报告{Say.TermZh("四、结转下年度继续办理", previous.Raw(Table3Row.CarriedForward, column), carriedForward)}，相差 {Say.Gap(carriedOver, carriedForward)}。",
                $"Table 3, column \"{Table3Cells.ColumnEn(column)}\": {Say.TermEn("carried over", cells.Raw(Table3Row.CarriedOver, column), carriedOver)} this year, "
                + $"but the {Say.N(lastYear)} report has {Say.TermEn("carried forward", previous.Raw(Table3Row.CarriedForward, column), carriedForward)}; difference {Say.Gap(carriedOver, carriedForward)}.",
                ValueList.Of(cells.Cell(Table3Row.CarriedOver, column)),
                ValueList.Of<decimal>(carriedOver, carriedForward, carriedOver - carriedForward),
                new SourceLocation(cells.Cell(Table3Row.CarriedOver, column).Pointer));
        }
    }
}
