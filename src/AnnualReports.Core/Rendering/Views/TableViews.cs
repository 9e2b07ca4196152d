namespace AnnualReports.Rendering.Views;

/// <summary>Table 二 as printed: one block per 条例 article item, each with its own 信息内容 header row.</summary>
public sealed record Table2View(int ColumnCount, IReadOnlyList<Table2Block> Blocks);

/// <param name="Article">The full-width block header, e.g. 第二十条第（一）项.</param>
/// <param name="Columns">The block's header row: 信息内容 and its value columns (some spanning several).</param>
public sealed record Table2Block(string Article, IReadOnlyList<HeaderCell> Columns, IReadOnlyList<TableRow> Rows);

/// <summary>Table 三 body: 一 and 二, then 三 (its own row group), then 四. The header is fixed in the template.</summary>
public sealed record Table3View(IReadOnlyList<RowGroup> Groups, int DataRowCount);

/// <summary>Table 四's single data row of 15 cells.</summary>
public sealed record Table4View(IReadOnlyList<DataCell> Cells);
