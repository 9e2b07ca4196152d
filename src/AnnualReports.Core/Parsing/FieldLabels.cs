using System.Globalization;
using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Parsing;

/// <summary>Names any field or cell of the data file for both audiences, from its JSON pointer.</summary>
public static class FieldLabels
{
    private static readonly Dictionary<string, (string Zh, string En)> Fields = new(StringComparer.Ordinal)
    {
        [""] = ("数据文件", "the data file"),
        ["/$schema"] = ("JSON Schema 地址", "$schema"),
        ["/layout"] = ("表格版式", "layout"),
        ["/agency"] = ("机关", "agency"),
        ["/agency/id"] = ("机关标识", "agency id"),
        ["/agency/name"] = ("机关名称", "agency name"),
        ["/agency/kind"] = ("机关类型", "agency kind"),
        ["/agency/region"] = ("行政区划", "region"),
        ["/agency/regionCode"] = ("行政区划代码", "region code"),
        ["/year"] = ("报告年度", "report year"),
        ["/publishDate"] = ("发布日期", "publish date"),
        ["/compiledBy"] = ("编制单位", "compiled by"),
        ["/contact"] = ("联系方式", "contact"),
        ["/contact/phone"] = ("联系电话", "contact phone"),
        ["/contact/email"] = ("电子邮箱", "contact email"),
        ["/contact/address"] = ("联系地址", "contact address"),
        ["/contact/website"] = ("网站", "contact website"),
        ["/preamble"] = ("开头段落", "preamble"),
        ["/overview"] = ("一、总体情况", "section 1 (overview)"),
        ["/table2"] = ("表二（主动公开政府信息情况）", "table 2"),
        ["/table3"] = ("表三（收到和处理政府信息公开申请情况）", "table 3"),
        ["/table4"] = ("表四（政府信息公开行政复议、行政诉讼情况）", "table 4"),
        ["/problems"] = ("五、存在的主要问题及改进情况", "section 5 (problems and improvements)"),
        ["/otherMatters"] = ("六、其他需要报告的事项", "section 6 (other matters)"),
        ["/closingNotes"] = ("结尾段落", "closing notes"),
    };

    /// <summary>Table 二 rows: data file name → label in the 2021 and 2019 formats, and in English.</summary>
    internal static readonly Dictionary<string, (string Zh2021, string Zh2019, string En)> Table2Rows = new(StringComparer.Ordinal)
    {
        ["rules"] = ("规章", "规章", "rules"),
        ["normativeDocuments"] = ("行政规范性文件", "规范性文件", "normative documents"),
        ["licensing"] = ("行政许可", "行政许可", "administrative licensing"),
        ["otherManagementServices"] = ("其他对外管理服务事项", "其他对外管理服务事项", "other management services"),
        ["punishment"] = ("行政处罚", "行政处罚", "administrative punishment"),
        ["enforcement"] = ("行政强制", "行政强制", "administrative enforcement"),
        ["fees"] = ("行政事业性收费", "行政事业性收费", "administrative fees"),
        ["procurement"] = ("政府集中采购", "政府集中采购", "government procurement"),
    };

    /// <summary>Table 二 columns: data file name → printed column label and English.</summary>
    internal static readonly Dictionary<string, (string Zh, string En)> Table2Columns = new(StringComparer.Ordinal)
    {
        ["issued"] = ("本年制发件数", "issued this year"),
        ["repealed"] = ("本年废止件数", "repealed this year"),
        ["inForce"] = ("现行有效件数", "in force"),
        ["decisions"] = ("本年处理决定数量", "decisions this year"),
        ["amount"] = ("本年收费金额（单位：万元）", "fees this year (10,000 yuan)"),
        ["newlyMade"] = ("本年新制作数量", "newly made this year"),
        ["newlyPublished"] = ("本年新公开数量", "newly published this year"),
        ["totalPublished"] = ("对外公开总数量", "total published"),
        ["previousYearItems"] = ("上一年项目数量", "items in the previous year"),
        ["change"] = ("本年增/减", "change this year"),
        ["items"] = ("采购项目数量", "procurement items"),
        ["totalAmount"] = ("采购总金额", "procurement total amount"),
    };

    /// <summary>The cell or field at <paramref name="pointer"/>, labelled as precisely as the pointer allows.</summary>
    public static CellRef Cell(string pointer, LayoutVersion layout = LayoutVersion.V2021)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        if (Fields.TryGetValue(pointer, out var field))
        {
            return new CellRef(pointer, field.Zh, field.En);
        }

        return Table3Cell(pointer, layout) ?? Table4Cell(pointer) ?? Table2Cell(pointer, layout) ?? Nested(pointer, layout);
    }

    private static CellRef? Table3Cell(string pointer, LayoutVersion layout)
    {
        if (!pointer.StartsWith("/table3/", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var rows in new[] { Table3Layout.For(layout), Table3Layout.V2021, Table3Layout.V2019 })
        {
            foreach (var row in rows.Rows)
            {
                if (pointer == row.Pointer)
                {
                    return new CellRef(pointer, $"表三“{row.FullLabel}”行", $"table 3, row \"{row.English}\"");
                }

                if (JsonPointers.Parent(pointer) == row.Pointer
                    && int.TryParse(JsonPointers.LastToken(pointer), NumberStyles.None, CultureInfo.InvariantCulture, out var column)
                    && column is >= 0 and < 7
                    && JsonPointers.LastToken(pointer) == column.ToString(CultureInfo.InvariantCulture))
                {
                    return ReportCells.Table3(rows.Version, row.Row, (ApplicantColumn)column) with { Pointer = pointer };
                }
            }
        }

        return null;
    }

    private static CellRef? Table4Cell(string pointer)
    {
        if (JsonPointers.Parent(pointer) != "/table4"
            || !int.TryParse(JsonPointers.LastToken(pointer), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || index is < 0 or >= 15
            || JsonPointers.LastToken(pointer) != index.ToString(CultureInfo.InvariantCulture))
        {
            return null;
        }

        return ReportCells.Table4((Table4Group)(index / 5), (CaseOutcome)(index % 5));
    }

    private static CellRef? Table2Cell(string pointer, LayoutVersion layout)
    {
        var parts = pointer.Split('/');
        if (parts.Length is < 3 or > 4 || parts[1] != "table2" || !Table2Rows.TryGetValue(parts[2], out var row))
        {
            return null;
        }

        var rowZh = layout == LayoutVersion.V2019 ? row.Zh2019 : row.Zh2021;
        if (parts.Length == 3)
        {
            return ReportCells.Table2(parts[2], null, rowZh, row.En);
        }

        if (!Table2Columns.TryGetValue(parts[3], out var column))
        {
            return null;
        }

        var columnZh = layout == LayoutVersion.V2019 && parts[3] == "decisions" ? "处理决定数量" : column.Zh;
        return ReportCells.Table2(parts[2], parts[3], $"{rowZh} {columnZh}", $"{row.En}, {column.En}");
    }

    /// <summary>Anything else (a paragraph, an unknown field): the nearest labelled ancestor and the pointer.</summary>
    private static CellRef Nested(string pointer, LayoutVersion layout)
    {
        var ancestor = JsonPointers.Parent(pointer) ?? "";
        while (ancestor.Length > 0 && !Fields.ContainsKey(ancestor) && Table3Cell(ancestor, layout) is null && Table2Cell(ancestor, layout) is null)
        {
            ancestor = JsonPointers.Parent(ancestor) ?? "";
        }

        var parent = ancestor.Length == 0 ? null : Cell(ancestor, layout);
        return parent is null
            ? new CellRef(pointer, $"字段 {pointer}", $"field {pointer}")
            : new CellRef(pointer, $"{parent.LabelZh}（{pointer}）", $"{parent.LabelEn} ({pointer})");
    }
}
