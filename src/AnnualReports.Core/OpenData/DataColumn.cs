namespace AnnualReports.OpenData;

/// <summary>What a column of the open data files holds, which decides how JSON writes it.</summary>
public enum DataColumnKind
{
    Text,
    Integer,
    Decimal,
}

/// <summary>
/// One column of <c>data/reports.csv</c> and one field of <c>data/reports.json</c>: its stable English name (a
/// public contract), its Chinese label as the national format prints it, the rule relations it takes part in, and
/// the cell's JSON pointer in the report's data file (<c>report.json</c>), from which the name is derived.
/// </summary>
/// <param name="Name">Stable snake_case name, e.g. <c>t3_received_natural_person</c>.</param>
/// <param name="Pointer">The cell in the data file, e.g. <c>/table3/received/0</c>; metadata columns name their field.</param>
/// <param name="Table">表二, 表三, 表四, or 报告 for metadata.</param>
/// <param name="LabelZh">The label as printed, e.g. 一、本年新收政府信息公开申请数量 · 自然人.</param>
/// <param name="Layouts">The layouts that have the cell: <c>2019</c>, <c>2021</c> or <c>2019, 2021</c>.</param>
/// <param name="Relations">The rules relating this cell to others, in Chinese, with their rule ids; may be empty.</param>
public sealed record DataColumn(
    string Name,
    string Pointer,
    string Table,
    string LabelZh,
    DataColumnKind Kind,
    string Layouts,
    IReadOnlyList<string> Relations)
{
    /// <summary>A value written with the invariant culture, so the same report always gives the same text.</summary>
    public static string? Format(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Trailing zeros dropped, as the canonical data file writes amounts (1.50 and 1.5 alike).</summary>
    public static string? Format(decimal? value) => value?.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture);
}
