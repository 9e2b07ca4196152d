using System.Text.RegularExpressions;
using AnnualReports.Findings;
using AnnualReports.Importing.TextModel;
using AnnualReports.Reports;

namespace AnnualReports.Importing.Recognition;

/// <summary>
/// Reads table 三 by its labels: the seven 申请人情况 columns from the header, each data row by the row heads it sits
/// under (一… / （一）…, vertically merged heads carried down) and its number within the group (1.…), its key words
/// second. A numbered item whose words differ from the national text is read by its number, with a warning quoting both.
/// </summary>
internal static partial class Table3Reader
{
    private static readonly (ApplicantColumn Column, string Label)[] ColumnLabels =
        [.. ApplicantCounts.Columns.Select(c => (c, Table3Layout.ColumnLabel(c)))];

    private static readonly HashSet<string> HeaderWords =
        [.. ColumnLabels.Select(c => c.Label), "法人或其他组织", "申请人情况"];

    /// <summary>Key words that identify a row inside its group, in the order of the format.</summary>
    private static readonly Dictionary<char, (Table3Row Row, string Key)[]> GroupItems = new()
    {
        ['三'] =
        [
            (Table3Row.RefusedStateSecret, "国家秘密"), (Table3Row.RefusedProhibitedByLaw, "禁止公开"),
            (Table3Row.RefusedEndangersSecurity, "三安全"), (Table3Row.RefusedThirdPartyRights, "第三方"),
            (Table3Row.RefusedInternalAffairs, "内部事务"), (Table3Row.RefusedProcessInformation, "过程性"),
            (Table3Row.RefusedLawEnforcementFiles, "执法案卷"), (Table3Row.RefusedInquiryMatters, "查询"),
        ],
        ['四'] =
        [
            (Table3Row.UnavailableNotHeld, "不掌握"), (Table3Row.UnavailableNeedsCreation, "另行制作"),
            (Table3Row.UnavailableStillUnclear, "不明确"),
        ],
        ['五'] =
        [
            (Table3Row.NotProcessedPetitionOrComplaint, "信访"), (Table3Row.NotProcessedRepeated, "重复申请"),
            (Table3Row.NotProcessedPublications, "出版物"), (Table3Row.NotProcessedMassRepeated, "大量反复"),
            (Table3Row.NotProcessedConfirmation, "确认"),
        ],
        ['六'] =
        [
            (Table3Row.OtherOverdueCorrection, "补正"), (Table3Row.OtherOverdueFee, "费用"), (Table3Row.OtherOther, "其他"),
        ],
    };

    public sealed record Result(Dictionary<Table3Row, ApplicantCounts> Rows, LayoutVersion? Shape);

    public static Result? Read(FoundTable table, List<Finding> findings)
    {
        var headers = table.Rows.TakeWhile(IsHeader).ToList();
        var columns = new Dictionary<ApplicantColumn, DocumentCell>();
        foreach (var (column, label) in ColumnLabels)
        {
            var cell = headers.SelectMany(r => r.Cells).LastOrDefault(c => Labels.Normalize(c.Text) == label);
            if (cell is null)
            {
                findings.Add(ImportFindings.Error(
                    ImportFindings.ColumnMissing,
                    $"表三缺少“{label}”列：在{table.WhereZh}的表头中没有找到该列标题。",
                    $"Table 3 has no \"{Table3Layout.ColumnEnglish(column)}\" ({label}) column: it is not in the header of {table.WhereEn}.",
                    table.Location("/table3")));
            }
            else
            {
                columns[column] = cell;
            }
        }

        if (columns.Count < ColumnLabels.Length)
        {
            return null;
        }

        var rows = new Dictionary<Table3Row, ApplicantCounts>();
        var raw = new Dictionary<Table3Row, (DocumentRow Row, DocumentCell?[] Cells)>();
        char? heading = null, group = null;
        var errorsBefore = findings.Count;
        foreach (var row in table.Rows.Skip(headers.Count))
        {
            var values = ColumnLabels.Select((c, i) => FoundTable.CellUnder(row, columns[c.Column], row.Cells.Count - 7 + i)).ToArray();
            var firstValue = values.FirstOrDefault(v => v is not null);
            var labels = firstValue is null ? row.Cells : row.Cells.TakeWhile(c => c != firstValue).ToList();
            if (row.Cells.Count < 8 && labels.All(c => FoundTable.CellText(c).Length == 0))
            {
                continue;
            }

            string? itemText = null;
            foreach (var label in labels.Select(FoundTable.CellText).Where(t => t.Length > 0))
            {
                var normalized = Labels.Normalize(label);
                if (Heading().Match(normalized) is { Success: true } h)
                {
                    heading = h.Groups[1].Value[0];
                    group = null;
                    itemText = null;
                }
                else if (Group().Match(normalized) is { Success: true } g)
                {
                    group = g.Groups[1].Value[0];
                    itemText = null;
                }
                else
                {
                    itemText = normalized;
                }
            }

            var identified = Identify(heading, group, itemText);
            var rowLabel = string.Join(" ", labels.Select(FoundTable.CellText).Where(t => t.Length > 0));
            if (identified is { } known && itemText is not null && LabelDiffers(known, itemText) is { } national)
            {
                findings.Add(ImportFindings.Warning(
                    ImportFindings.RowLabelDiffers,
                    $"表三中的行“{itemText}”与全国格式的“{national}”文字不同，已按其所在分组和序号读作该行；请核对（{table.WhereZh}）。",
                    $"Table 3 row \"{itemText}\" differs from the national label \"{national}\"; it was read as that row by its group and number. Check it ({table.WhereEn}).",
                    table.Location(Table3Layout.V2021.Contains(known) ? Table3Layout.V2021[known].Pointer : "/table3", row.Line)));
            }

            if (identified is not { } tableRow)
            {
                findings.Add(ImportFindings.Warning(
                    ImportFindings.RowUnknown,
                    $"表三中的行“{rowLabel}”不是格式规定的行，已忽略（{table.WhereZh}）。",
                    $"Table 3 row \"{rowLabel}\" is not a row of the format and was ignored ({table.WhereEn}).",
                    table.Location("/table3", row.Line)));
                continue;
            }

            if (raw.ContainsKey(tableRow))
            {
                findings.Add(ImportFindings.Error(
                    ImportFindings.RowDuplicate,
                    $"表三中“{rowLabel}”出现了两次，无法确定采用哪一行（{table.WhereZh}）。",
                    $"Table 3 row \"{rowLabel}\" appears twice; cannot tell which one holds the data ({table.WhereEn}).",
                    table.Location("/table3", row.Line)));
                continue;
            }

            raw[tableRow] = (row, values);
        }

        var shape = raw.ContainsKey(Table3Row.OtherHandling) ? LayoutVersion.V2019
            : raw.Keys.Any(r => r is Table3Row.OtherOverdueCorrection or Table3Row.OtherOverdueFee or Table3Row.OtherOther) ? LayoutVersion.V2021
            : (LayoutVersion?)null;
        var layout = Table3Layout.For(shape ?? LayoutVersion.V2021);
        foreach (var definition in layout.Rows)
        {
            if (!raw.TryGetValue(definition.Row, out var found))
            {
                findings.Add(ImportFindings.Error(
                    ImportFindings.RowMissing,
                    $"表三缺少“{definition.FullLabel}”行：在{table.WhereZh}中没有找到。",
                    $"Table 3 has no row \"{definition.English}\" ({definition.FullLabel}): not found in {table.WhereEn}.",
                    table.Location(definition.Pointer)));
                continue;
            }

            var cells = new int?[7];
            foreach (var column in ApplicantCounts.Columns)
            {
                var cellRef = ReportCells.Table3(layout.Version, definition.Row, column);
                var cell = found.Cells[(int)column];
                if (cell is null)
                {
                    findings.Add(ImportFindings.Error(
                        ImportFindings.RowShape,
                        $"{cellRef.LabelZh}不存在：该行的单元格少于7个（{table.WhereZh}）。",
                        $"{cellRef.LabelEn} is missing: the row has fewer than 7 value cells ({table.WhereEn}).",
                        table.Location(cellRef.Pointer, found.Row.Line),
                        cellRef));
                    continue;
                }

                cells[(int)column] = CellReader.ReadCount(cell.Text, cellRef, table.Location(cellRef.Pointer, cell.Line ?? found.Row.Line), findings);
            }

            rows[definition.Row] = ApplicantCounts.FromCells(cells);
        }

        return findings.Skip(errorsBefore).Any(f => f.IsError) ? null : new Result(rows, shape);
    }

    private static bool IsHeader(DocumentRow row) =>
        row.Cells.Any(c => HeaderWords.Contains(Labels.Normalize(c.Text)) || Labels.Contains(c.Text, "勾稽关系"));

    /// <summary>The national label of an item row when the printed one has other words (punctuation and numbering aside).</summary>
    private static string? LabelDiffers(Table3Row row, string printed)
    {
        if (!Table3Layout.V2021.Contains(row) || Table3Layout.V2021[row].Item is not { } national)
        {
            return null;
        }

        return Words(national) == Words(printed) ? null : national;
    }

    private static string Words(string label)
    {
        var withoutNumber = ItemNumber().Match(label) is { Success: true } m ? label[m.Length..] : label;
        return string.Concat(withoutNumber.Where(char.IsLetterOrDigit));
    }

    /// <summary>An item row: by its number within the group when the group has that many items, else by its key words.</summary>
    private static Table3Row? IdentifyItem(char group, string item)
    {
        if (!GroupItems.TryGetValue(group, out var items))
        {
            return null;
        }

        if (ItemNumber().Match(item) is { Success: true } number
            && int.Parse(number.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) is var n
            && n >= 1 && n <= items.Length)
        {
            return items[n - 1].Row;
        }

        return items.Where(i => item.Contains(i.Key, StringComparison.Ordinal)).Select(i => (Table3Row?)i.Row).FirstOrDefault();
    }

    private static Table3Row? Identify(char? heading, char? group, string? item) => (heading, group) switch
    {
        ('一', _) => Table3Row.Received,
        ('二', _) => Table3Row.CarriedOver,
        ('四', _) => Table3Row.CarriedForward,
        ('三', '一') => Table3Row.Granted,
        ('三', '二') => Table3Row.PartlyGranted,
        ('三', '七') => Table3Row.Total,
        ('三', '六') when item is null => Table3Row.OtherHandling,
        ('三', { } g) when item is not null => IdentifyItem(g, item),
        _ => null,
    };

    [GeneratedRegex(@"^([一二三四])[、.,，]", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^（([一二三四五六七])）", RegexOptions.CultureInvariant)]
    private static partial Regex Group();

    /// <summary>1. 1、 1， or （1） before an item's words (labels are normalized: half-width digits, full-width brackets).</summary>
    [GeneratedRegex(@"^(?:(?<n>\d{1,2})[.、，,]|（(?<n>\d{1,2})）)", RegexOptions.CultureInvariant)]
    private static partial Regex ItemNumber();
}
