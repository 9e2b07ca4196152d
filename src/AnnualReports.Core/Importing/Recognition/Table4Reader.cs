using AnnualReports.Findings;
using AnnualReports.Importing.TextModel;
using AnnualReports.Reports;

namespace AnnualReports.Importing.Recognition;

/// <summary>
/// Reads table 四: checks that the header names the three groups and each outcome three times, then reads the one data
/// row's 15 cells in the format's column order.
/// </summary>
internal static class Table4Reader
{
    private static readonly string[] GroupLabels = ["行政复议", "行政诉讼", "直接起诉", "复议后起诉"];

    public static Table4? Read(FoundTable table, List<Finding> findings)
    {
        var headers = table.Rows.TakeWhile(IsHeader).ToList();
        var headerTexts = headers.SelectMany(r => r.Cells).Select(c => Labels.Normalize(c.Text)).ToList();
        var errorsBefore = findings.Count;
        foreach (var label in GroupLabels)
        {
            if (!headerTexts.Any(t => t.Contains(label, StringComparison.Ordinal)))
            {
                findings.Add(MissingColumn(table, label, $"\"{label}\""));
            }
        }

        foreach (var outcome in CaseOutcomes.Outcomes)
        {
            var count = headerTexts.Count(t => t == outcome.Label() || (outcome == CaseOutcome.Other && t == "其他"));
            if (count < 3)
            {
                findings.Add(MissingColumn(table, outcome.Label(), $"\"{outcome.English()}\" ({outcome.Label()}) three times"));
            }
        }

        var data = table.Rows.Skip(headers.Count).FirstOrDefault(r => r.Cells.Any(c => FoundTable.CellText(c).Length > 0));
        if (data is null)
        {
            findings.Add(ImportFindings.Error(
                ImportFindings.RowMissing,
                $"表四缺少数据行：{table.WhereZh}的表头下面没有数字。",
                $"Table 4 has no data row under the header in {table.WhereEn}.",
                table.Location("/table4")));
            return null;
        }

        if (data.Cells.Count < 15)
        {
            findings.Add(ImportFindings.Error(
                ImportFindings.RowShape,
                $"表四的数据行只有{data.Cells.Count}个单元格，应为15个（{table.WhereZh}）。",
                $"Table 4's data row has {data.Cells.Count} cells; 15 are expected ({table.WhereEn}).",
                table.Location("/table4", data.Line)));
            return null;
        }

        var cells = new int?[15];
        var offset = data.Cells.Count - 15;
        foreach (var group in Enum.GetValues<Table4Group>())
        {
            foreach (var outcome in CaseOutcomes.Outcomes)
            {
                var index = Table4Labels.CellIndex(group, outcome);
                var cellRef = ReportCells.Table4(group, outcome);
                var cell = data.Cells[offset + index];
                cells[index] = CellReader.ReadCount(cell.Text, cellRef, table.Location(cellRef.Pointer, cell.Line ?? data.Line), findings);
            }
        }

        return findings.Skip(errorsBefore).Any(f => f.IsError) ? null : Table4.FromCells(cells);
    }

    private static bool IsHeader(DocumentRow row) =>
        row.Cells.Any(c => Labels.Normalize(c.Text) is var t && t.Length > 0 && !char.IsAsciiDigit(t[0]) && t != "—" && t != "/" && t != "无" && t != "-");

    private static Finding MissingColumn(FoundTable table, string labelZh, string labelEn) => ImportFindings.Error(
        ImportFindings.ColumnMissing,
        $"表四的表头中没有找到“{labelZh}”（{table.WhereZh}）。",
        $"Table 4's header does not name {labelEn} ({table.WhereEn}).",
        table.Location("/table4"));
}
