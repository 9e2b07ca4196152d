using System.Globalization;
using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Parsing;

/// <summary>Builds the parser's findings, each with both messages, the cell it concerns and its location.</summary>
internal static class ParseFindings
{
    /// <summary>A syntax error: the English message quotes the parser; the Chinese one says where, in words an office can act on.</summary>
    public static Finding Syntax(string format, string? detailZh, string detailEn, string pointer, int? line, int? column) => Make(
        ParseRuleIds.Syntax,
        $"数据文件不是有效的{format}：{detailZh ?? Where(line, column) + "有语法错误，请检查该处的引号、逗号、冒号、括号和缩进是否完整、成对"}。",
        $"The data file is not valid {format}: {detailEn}",
        pointer, line, column);

    private static string Where(int? line, int? column) => (line, column) switch
    {
        ({ } l, { } c) => $"第 {l.ToString(CultureInfo.InvariantCulture)} 行第 {c.ToString(CultureInfo.InvariantCulture)} 列附近",
        ({ } l, null) => $"第 {l.ToString(CultureInfo.InvariantCulture)} 行附近",
        _ => "文件中",
    };

    public static Finding NotUtf8(long byteOffset, int? line, int? column) => Make(
        ParseRuleIds.Syntax,
        $"数据文件不是有效的 UTF-8 文本（第 {byteOffset.ToString(CultureInfo.InvariantCulture)} 字节起）。请以 UTF-8 编码保存。",
        $"The data file is not valid UTF-8 (from byte {byteOffset.ToString(CultureInfo.InvariantCulture)}). Save it as UTF-8.",
        "", line, column);

    public static Finding Empty() => Make(
        ParseRuleIds.Syntax,
        "数据文件是空的。",
        "The data file is empty.",
        "", null, null);

    public static Finding TooLarge(long size, long limit) => Make(
        ParseRuleIds.Limit,
        $"数据文件过大：{size.ToString(CultureInfo.InvariantCulture)} 字节，上限为 {limit.ToString(CultureInfo.InvariantCulture)} 字节。",
        $"The data file is too large: {size.ToString(CultureInfo.InvariantCulture)} bytes, the limit is {limit.ToString(CultureInfo.InvariantCulture)}.",
        "", null, null);

    public static Finding TooDeep(string pointer, int line, int column, int limit) => Make(
        ParseRuleIds.Limit,
        $"数据文件嵌套超过 {limit.ToString(CultureInfo.InvariantCulture)} 层，已停止读取。",
        $"The data file is nested more than {limit.ToString(CultureInfo.InvariantCulture)} levels deep; reading stopped.",
        pointer, line, column);

    public static Finding TooManyFindings(int limit) => Make(
        ParseRuleIds.Limit,
        $"问题过多，仅列出前 {limit.ToString(CultureInfo.InvariantCulture)} 个。",
        $"Too many problems; only the first {limit.ToString(CultureInfo.InvariantCulture)} are listed.",
        "", null, null);

    public static Finding Unknown(string pointer, string name, int line, int column, string? suggestion, IEnumerable<string> known, LayoutVersion layout)
    {
        var cell = FieldLabels.Cell(JsonPointers.Parent(pointer) ?? "", layout);
        var where = $"{cell.LabelZh}中";
        var knownList = string.Join(", ", known);
        return Make(
            ParseRuleIds.Unknown,
            suggestion is null
                ? $"{where}有未知字段“{name}”。允许的字段：{knownList}。"
                : $"{where}有未知字段“{name}”，是否应为“{suggestion}”？",
            suggestion is null
                ? $"Unknown field \"{name}\" in {cell.LabelEn}. Allowed fields: {knownList}."
                : $"Unknown field \"{name}\" in {cell.LabelEn}; did you mean \"{suggestion}\"?",
            pointer, line, column, layout);
    }

    public static Finding Duplicate(string pointer, string name, int line, int column, LayoutVersion layout) => Make(
        ParseRuleIds.Duplicate,
        $"字段“{name}”重复出现，只能出现一次。",
        $"Field \"{name}\" appears more than once.",
        pointer, line, column, layout);

    public static Finding Missing(string pointer, string name, DataNode parent, LayoutVersion layout)
    {
        var cell = FieldLabels.Cell(pointer, layout);
        return Make(
            ParseRuleIds.Missing,
            $"缺少必填字段“{name}”（{cell.LabelZh}）。",
            $"Required field \"{name}\" ({cell.LabelEn}) is missing.",
            pointer, parent.Line, parent.Column, layout);
    }

    public static Finding Type(DataNode node, string expectedZh, string expectedEn, LayoutVersion layout)
    {
        var cell = FieldLabels.Cell(node.Pointer, layout);
        return Make(
            ParseRuleIds.Type,
            $"{cell.LabelZh}应为{expectedZh}，实际为{KindZh(node)}。",
            $"{cell.LabelEn} must be {expectedEn}, found {node.KindName}.",
            node.Pointer, node.Line, node.Column, layout);
    }

    public static Finding NotInteger(ScalarNode node, decimal value, LayoutVersion layout)
    {
        var cell = FieldLabels.Cell(node.Pointer, layout);
        return Make(
            ParseRuleIds.NotInteger,
            $"{cell.LabelZh}应为整数，实际为 {node.Text}。",
            $"{cell.LabelEn} must be a whole number, found {node.Text}.",
            node.Pointer, node.Line, node.Column, layout) with { Numbers = ValueList.Of(value) };
    }

    public static Finding Value(DataNode node, string problemZh, string problemEn, LayoutVersion layout)
    {
        var cell = FieldLabels.Cell(node.Pointer, layout);
        return Make(
            ParseRuleIds.Value,
            $"{cell.LabelZh}{problemZh}",
            $"{cell.LabelEn}: {problemEn}",
            node.Pointer, node.Line, node.Column, layout);
    }

    private static string KindZh(DataNode node) => node.KindName switch
    {
        "object" => "对象",
        "array" => "数组",
        "null" => "空值（null）",
        "boolean" => "布尔值",
        "number" => $"数字 {((ScalarNode)node).Text}",
        _ => $"文本“{Shorten(((ScalarNode)node).Text)}”",
    };

    private static string Shorten(string text) => text.Length <= 20 ? text : string.Concat(text.AsSpan(0, 20), "…");

    private static Finding Make(string id, string zh, string en, string pointer, int? line, int? column, LayoutVersion layout = LayoutVersion.V2021) => new(
        id,
        Severity.Error,
        zh,
        en,
        ValueList.Of(FieldLabels.Cell(pointer, layout)),
        ValueList<decimal>.Empty,
        new SourceLocation(pointer, line, column));
}
