using AnnualReports.Reports;

namespace AnnualReports.Rendering.Views;

/// <summary>Lays out table 二 of either layout as printed: 4 columns, blocks headed by their 条例 article item.</summary>
internal static class Table2ViewBuilder
{
    public const int ColumnCount = 4;
    private const string Content = "信息内容";

    public static Table2View Build(Table2 table) => table switch
    {
        Table2Of2021 t => new Table2View(ColumnCount, Of2021(t)),
        Table2Of2019 t => new Table2View(ColumnCount, Of2019(t)),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table.GetType().Name, "Unknown table 二 layout."),
    };

    private static Table2Block[] Of2021(Table2Of2021 t) =>
    [
        new("第二十条第（一）项", Columns("本年制发件数", "本年废止件数", "现行有效件数"),
        [
            Row("规章", Documents("rules", t.Rules)),
            Row("行政规范性文件", Documents("normativeDocuments", t.NormativeDocuments)),
        ]),
        new("第二十条第（五）项", Columns("本年处理决定数量"),
        [
            Row("行政许可", Wide(CellText.Of(t.LicensingDecisions), "/table2/licensing/decisions")),
        ]),
        new("第二十条第（六）项", Columns("本年处理决定数量"),
        [
            Row("行政处罚", Wide(CellText.Of(t.PunishmentDecisions), "/table2/punishment/decisions")),
            Row("行政强制", Wide(CellText.Of(t.EnforcementDecisions), "/table2/enforcement/decisions")),
        ]),
        new("第二十条第（八）项", Columns("本年收费金额（单位：万元）"),
        [
            Row("行政事业性收费", Wide(CellText.Of(t.FeesTenThousandYuan), "/table2/fees/amount")),
        ]),
    ];

    private static Table2Block[] Of2019(Table2Of2019 t) =>
    [
        new("第二十条第（一）项", Columns("本年新制作数量", "本年新公开数量", "对外公开总数量"),
        [
            Row("规章", Publications("rules", t.Rules)),
            Row("规范性文件", Publications("normativeDocuments", t.NormativeDocuments)),
        ]),
        new("第二十条第（五）项", Columns("上一年项目数量", "本年增/减", "处理决定数量"),
        [
            Row("行政许可", Items("licensing", t.Licensing)),
            Row("其他对外管理服务事项", Items("otherManagementServices", t.OtherManagementServices)),
        ]),
        new("第二十条第（六）项", Columns("上一年项目数量", "本年增/减", "处理决定数量"),
        [
            Row("行政处罚", Items("punishment", t.Punishment)),
            Row("行政强制", Items("enforcement", t.Enforcement)),
        ]),
        new("第二十条第（八）项", Columns("上一年项目数量", "本年增/减"),
        [
            Row("行政事业性收费",
                new DataCell(CellText.Of(t.Fees.PreviousYearItems), "/table2/fees/previousYearItems"),
                new DataCell(CellText.Of(t.Fees.Change), "/table2/fees/change", 2)),
        ]),
        new("第二十条第（九）项", Columns("采购项目数量", "采购总金额"),
        [
            Row("政府集中采购",
                new DataCell(CellText.Of(t.Procurement.Items), "/table2/procurement/items"),
                new DataCell(CellText.Of(t.Procurement.TotalAmount), "/table2/procurement/totalAmount", 2)),
        ]),
    ];

    /// <summary>信息内容 and the value columns; the last value column stretches over the columns left.</summary>
    private static HeaderCell[] Columns(params string[] values) =>
    [
        new(Content, "col"),
        .. values.Select((text, i) => new HeaderCell(text, "col", i == values.Length - 1 ? ColumnCount - values.Length : 1)),
    ];

    private static TableRow Row(string label, params DataCell[] cells) => new([new HeaderCell(label, "row")], cells);

    private static DataCell Wide(string text, string pointer) => new(text, pointer, ColumnCount - 1);

    private static DataCell[] Documents(string row, DocumentCounts c) =>
    [
        new(CellText.Of(c.Issued), $"/table2/{row}/issued"),
        new(CellText.Of(c.Repealed), $"/table2/{row}/repealed"),
        new(CellText.Of(c.InForce), $"/table2/{row}/inForce"),
    ];

    private static DataCell[] Publications(string row, PublicationCounts c) =>
    [
        new(CellText.Of(c.NewlyMade), $"/table2/{row}/newlyMade"),
        new(CellText.Of(c.NewlyPublished), $"/table2/{row}/newlyPublished"),
        new(CellText.Of(c.TotalPublished), $"/table2/{row}/totalPublished"),
    ];

    private static DataCell[] Items(string row, ItemCounts c) =>
    [
        new(CellText.Of(c.PreviousYearItems), $"/table2/{row}/previousYearItems"),
        new(CellText.Of(c.Change), $"/table2/{row}/change"),
        new(CellText.Of(c.Decisions), $"/table2/{row}/decisions"),
    ];
}
