using AnnualReports.Findings;
using AnnualReports.Importing.TextModel;
using AnnualReports.Reports;

namespace AnnualReports.Importing.Recognition;

/// <summary>
/// Reads table 二 block by block: a 信息内容 row names the columns of the rows below it, and each data row is found by its
/// 信息内容 label (规章, 行政规范性文件, …) and each cell by its column label (本年制发件数, …), in either layout.
/// </summary>
internal static class Table2Reader
{
    private sealed record ColumnSpec(string Field, string Key, string LabelZh, string LabelEn, bool IsAmount = false, string? Unit = null);

    private sealed record RowSpec(string Pointer, string[] Keys, string LabelZh, string LabelEn, ColumnSpec[] Columns);

    private static readonly ColumnSpec[] Documents2021 =
    [
        new("issued", "制发", "本年制发件数", "issued this year"),
        new("repealed", "废止", "本年废止件数", "repealed this year"),
        new("inForce", "现行有效", "现行有效件数", "in force"),
    ];

    private static readonly ColumnSpec[] Decisions2021 = [new("decisions", "处理决定", "本年处理决定数量", "decisions this year")];

    private static readonly RowSpec[] Rows2021 =
    [
        new("rules", ["规章"], "规章", "rules", Documents2021),
        new("normativeDocuments", ["规范性文件"], "行政规范性文件", "normative documents", Documents2021),
        new("licensing", ["行政许可"], "行政许可", "licensing", Decisions2021),
        new("punishment", ["行政处罚"], "行政处罚", "punishment", Decisions2021),
        new("enforcement", ["行政强制"], "行政强制", "enforcement", Decisions2021),
        new("fees", ["收费"], "行政事业性收费", "fees", [new("amount", "收费金额", "本年收费金额（单位：万元）", "amount (10,000 yuan)", true, "万元")]),
    ];

    private static readonly ColumnSpec[] Publications2019 =
    [
        new("newlyMade", "新制作", "本年新制作数量", "newly made"),
        new("newlyPublished", "新公开", "本年新公开数量", "newly published"),
        new("totalPublished", "公开总数", "对外公开总数量", "total published"),
    ];

    private static readonly ColumnSpec[] Items2019 =
    [
        new("previousYearItems", "上一年", "上一年项目数量", "items last year"),
        new("change", "增", "本年增/减", "change this year"),
        new("decisions", "处理决定", "处理决定数量", "decisions"),
    ];

    private static readonly RowSpec[] Rows2019 =
    [
        new("rules", ["规章"], "规章", "rules", Publications2019),
        new("normativeDocuments", ["规范性文件"], "规范性文件", "normative documents", Publications2019),
        new("licensing", ["行政许可"], "行政许可", "licensing", Items2019),
        new("otherManagementServices", ["对外管理服务"], "其他对外管理服务事项", "other management services", Items2019),
        new("punishment", ["行政处罚"], "行政处罚", "punishment", Items2019),
        new("enforcement", ["行政强制"], "行政强制", "enforcement", Items2019),
        new("fees", ["收费"], "行政事业性收费", "fees", [.. Items2019.Take(2)]),
        new("procurement", ["采购"], "政府集中采购", "central procurement",
            [new("items", "采购项目", "采购项目数量", "procurement items"), new("totalAmount", "总金额", "采购总金额", "total amount", true)]),
    ];

    private static readonly string[] Markers2019 = ["新制作", "新公开", "公开总数", "上一年", "第（九）项", "采购", "对外管理服务"];

    /// <summary>Whether the table is the 2019 trial table 二 (spec §8).</summary>
    public static bool Is2019(FoundTable table) =>
        table.Rows.SelectMany(r => r.Cells).Any(c => Markers2019.Any(m => Labels.Normalize(c.Text).Contains(m, StringComparison.Ordinal)));

    public static Table2? Read(FoundTable table, List<Finding> findings)
    {
        var is2019 = Is2019(table);
        var specs = is2019 ? Rows2019 : Rows2021;
        var found = new Dictionary<RowSpec, (DocumentRow Row, IReadOnlyList<DocumentCell> Header)>();
        IReadOnlyList<DocumentCell>? header = null;
        var errorsBefore = findings.Count;
        foreach (var row in table.Rows)
        {
            var first = row.Cells.Count > 0 ? Labels.Normalize(row.Cells[0].Text) : "";
            if (first.Contains("信息内容", StringComparison.Ordinal))
            {
                header = row.Cells;
                continue;
            }

            var spec = specs.FirstOrDefault(s => s.Keys.Any(k => first.Contains(k, StringComparison.Ordinal)));
            if (spec is null || first.StartsWith("第二十条", StringComparison.Ordinal))
            {
                continue;
            }

            if (header is null)
            {
                findings.Add(ImportFindings.Error(
                    ImportFindings.ColumnMissing,
                    $"表二“{spec.LabelZh}”行上方没有“信息内容”标题行，无法确定各列（{table.WhereZh}）。",
                    $"Table 2 row \"{spec.LabelEn}\" has no 信息内容 header row above it, so its columns are unknown ({table.WhereEn}).",
                    table.Location($"/table2/{spec.Pointer}", row.Line)));
                continue;
            }

            found[spec] = (row, header);
        }

        var values = new Dictionary<string, decimal?>();
        foreach (var spec in specs)
        {
            if (!found.TryGetValue(spec, out var hit))
            {
                findings.Add(ImportFindings.Error(
                    ImportFindings.RowMissing,
                    $"表二缺少“{spec.LabelZh}”行：在{table.WhereZh}中没有找到。",
                    $"Table 2 has no row \"{spec.LabelEn}\" ({spec.LabelZh}): not found in {table.WhereEn}.",
                    table.Location($"/table2/{spec.Pointer}")));
                continue;
            }

            foreach (var column in spec.Columns)
            {
                var cellRef = ReportCells.Table2(spec.Pointer, column.Field, $"{spec.LabelZh} {column.LabelZh}", $"{spec.LabelEn}, {column.LabelEn}");
                var headerIndex = Enumerable.Range(1, Math.Max(0, hit.Header.Count - 1))
                    .FirstOrDefault(i => Labels.Normalize(hit.Header[i].Text).Contains(column.Key, StringComparison.Ordinal));
                var cell = headerIndex > 0 ? FoundTable.CellUnder(hit.Row, hit.Header[headerIndex], headerIndex, hit.Header.Count) : null;
                if (cell is null)
                {
                    findings.Add(ImportFindings.Error(
                        ImportFindings.ColumnMissing,
                        $"{cellRef.LabelZh}：在“信息内容”标题行中没有找到“{column.LabelZh}”列，或该行没有对应的单元格（{table.WhereZh}）。",
                        $"{cellRef.LabelEn}: no \"{column.LabelZh}\" column in the 信息内容 header row, or no cell under it ({table.WhereEn}).",
                        table.Location(cellRef.Pointer, hit.Row.Line),
                        cellRef));
                    continue;
                }

                var location = table.Location(cellRef.Pointer, cell.Line ?? hit.Row.Line);
                values[$"{spec.Pointer}/{column.Field}"] = column.IsAmount
                    ? CellReader.ReadAmount(cell.Text, column.Unit, cellRef, location, findings)
                    : CellReader.ReadCount(cell.Text, cellRef, location, findings);
            }
        }

        if (findings.Skip(errorsBefore).Any(f => f.IsError))
        {
            return null;
        }

        return Table2Fields.Build(is2019, values);
    }
}
