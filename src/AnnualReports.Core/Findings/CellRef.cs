namespace AnnualReports.Findings;

/// <summary>
/// One cell or field of a report, named for both audiences.
/// </summary>
/// <param name="Pointer">JSON pointer of the cell in the data file, e.g. <c>/table3/received/0</c>.</param>
/// <param name="LabelZh">表三 “一、本年新收政府信息公开申请数量” 行 “自然人” 列.</param>
/// <param name="LabelEn">table 3, row "1. new applications received this year", column "natural persons".</param>
public sealed record CellRef(string Pointer, string LabelZh, string LabelEn)
{
    public override string ToString() => LabelEn;
}
