using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AnnualReports.Findings;

namespace AnnualReports.Importing.Recognition;

/// <summary>
/// Reads a number as the office wrote it. Blank, "—", "-", "/", "无" are a blank cell (null). A unit written in the cell
/// ("3件", "251000元") is stripped with a warning when it agrees with the column; anything else is an error. Never guesses.
/// </summary>
internal static partial class CellReader
{
    private static readonly HashSet<string> BlankMarks = ["", "—", "——", "-", "--", "－", "–", "/", "／", "\\", "无", "空"];

    private static readonly string[] CountUnits = ["件", "个", "条", "项", "次", "人", "家", "宗", "起"];

    public static int? ReadCount(string raw, CellRef cell, SourceLocation location, List<Finding> findings)
    {
        var number = Read(raw, cell, location, findings, CountUnits);
        if (number is not { } value)
        {
            return null;
        }

        if (value != decimal.Truncate(value) || value > int.MaxValue || value < int.MinValue)
        {
            findings.Add(Unreadable(raw, cell, location, "应为整数", "a whole number is expected"));
            return null;
        }

        return (int)value;
    }

    /// <param name="unit">The column's unit: 万元 for the 2021 fee, null when none is printed.</param>
    public static decimal? ReadAmount(string raw, string? unit, CellRef cell, SourceLocation location, List<Finding> findings) =>
        Read(raw, cell, location, findings, unit is null ? ["元"] : [unit]);

    private static decimal? Read(string raw, CellRef cell, SourceLocation location, List<Finding> findings, string[] allowedUnits)
    {
        var text = Normalize(raw);
        if (BlankMarks.Contains(text))
        {
            return null;
        }

        if (TryParse(text, out var value))
        {
            return value;
        }

        var match = NumberWithUnit().Match(text);
        if (match.Success && TryParse(match.Groups["number"].Value, out value))
        {
            var unit = match.Groups["unit"].Value;
            if (allowedUnits.Contains(unit))
            {
                findings.Add(ImportFindings.Warning(
                    ImportFindings.UnitStripped,
                    $"{cell.LabelZh}写有单位“{raw.Trim()}”，已按数字 {value.ToString(CultureInfo.InvariantCulture)} 读取；表格中只应填写数字。",
                    $"{cell.LabelEn}: the cell \"{raw.Trim()}\" contains a unit; read as {value.ToString(CultureInfo.InvariantCulture)}. Cells should hold numbers only.",
                    location,
                    cell,
                    value));
                return value;
            }

            findings.Add(Unreadable(raw, cell, location, $"单位“{unit}”与该栏不符", $"the unit \"{unit}\" does not fit this column"));
            return null;
        }

        findings.Add(Unreadable(raw, cell, location, "不是数字", "it is not a number"));
        return null;
    }

    private static Finding Unreadable(string raw, CellRef cell, SourceLocation location, string whyZh, string whyEn) =>
        ImportFindings.Error(
            ImportFindings.CellUnreadable,
            $"{cell.LabelZh}的内容“{raw.Trim()}”无法读取（{whyZh}）。请填写数字，或留空。",
            $"{cell.LabelEn}: cannot read \"{raw.Trim()}\" ({whyEn}). Write a number or leave the cell blank.",
            location,
            cell);

    private static bool TryParse(string text, out decimal value)
    {
        if (ThousandsSeparated().IsMatch(text))
        {
            text = text.Replace(",", "", StringComparison.Ordinal);
        }

        return PlainNumber().IsMatch(text)
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            || Fail(out value);
    }

    private static bool Fail(out decimal value)
    {
        value = 0;
        return false;
    }

    private static string Normalize(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        foreach (var c in Labels.StripArtifacts(raw))
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '．' => '.',
                '＋' => '+',
                '，' => ',',
                _ => c,
            });
        }

        var text = builder.ToString();
        return text.Length > 1 && text[0] is '－' or '−' && char.IsAsciiDigit(text[1]) ? "-" + text[1..] : text;
    }

    [GeneratedRegex(@"^[+-]?\d+(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsSeparated();

    [GeneratedRegex(@"^(?<number>[+-]?[\d,]+(\.\d+)?)(?<unit>万元|元|件|个|条|项|次|人|家|宗|起)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberWithUnit();
}
