using System.Globalization;
using System.Text.RegularExpressions;

namespace AnnualReports.Importing.Recognition;

/// <summary>
/// Dates as reports print them: 2022年1月20日, 2022-01-20, 2022.01.20, 2022/1/20, or 二〇二二年一月二十日; alone on a line,
/// after a label (发布日期：2020-01-31, （2020年1月31日）), or after the signer's name on the signature line.
/// </summary>
internal static partial class ChineseDates
{
    private const string Digits = "〇一二三四五六七八九";

    private const string NumericPattern = @"(?<y>\d{4})(?:年|-|/|\.)(?<m>\d{1,2})(?:月|-|/|\.)(?<d>\d{1,2})日?";

    private const string HanPattern = @"(?<hy>[〇一二三四五六七八九]{4})年(?<hm>[一二三四五六七八九十]{1,2})月(?<hd>[一二三四五六七八九十]{1,3})日";

    private const string DatePattern = "(?:" + NumericPattern + "|" + HanPattern + ")";

    private const string LabelPattern = @"(?<label>(?:发布|发文|印发|成文|公开|公布|编制|报告)?(?:日期|时间))[：:]?";

    /// <summary>A line that is a date and nothing else.</summary>
    public static DateOnly? Parse(string text) => FromMatch(Alone().Match(Clean(text)));

    /// <summary>A labelled date line: 发布日期：2020-01-31, （发文日期：2020年1月31日）.</summary>
    public static DateOnly? Labelled(string text) => FromMatch(WithLabel().Match(Clean(text)));

    /// <summary>
    /// A signature line: a date alone, or a name followed by a date (威县人民政府办公室 2022年1月20日).
    /// <paramref name="name"/> is the text before the date, or null when the line is only a date.
    /// </summary>
    public static DateOnly? Signature(string text, out string? name)
    {
        name = null;
        var clean = Clean(text);
        var match = Alone().Match(clean);
        if (!match.Success)
        {
            match = WithLabel().Match(clean);
        }

        if (!match.Success)
        {
            match = AfterName().Match(clean);
            if (match.Success)
            {
                name = match.Groups["name"].Value;
            }
        }

        return FromMatch(match);
    }

    private static string Clean(string text) =>
        Labels.Normalize(text).Replace('零', '〇').Replace('○', '〇').Replace('Ｏ', '〇').Replace('－', '-').Replace('／', '/');

    private static DateOnly? FromMatch(Match match)
    {
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["y"].Success)
        {
            return Create(
                int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture));
        }

        var year = 0;
        foreach (var c in match.Groups["hy"].Value)
        {
            year = (year * 10) + Digits.IndexOf(c, StringComparison.Ordinal);
        }

        return Create(year, HanNumber(match.Groups["hm"].Value), HanNumber(match.Groups["hd"].Value));
    }

    private static int HanNumber(string text)
    {
        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return text.Length == 1 ? Digits.IndexOf(text, StringComparison.Ordinal) : -1;
        }

        var tens = ten == 0 ? 1 : Digits.IndexOf(text[..ten], StringComparison.Ordinal);
        var units = ten == text.Length - 1 ? 0 : Digits.IndexOf(text[(ten + 1)..], StringComparison.Ordinal);
        return tens < 0 || units < 0 ? -1 : (tens * 10) + units;
    }

    private static DateOnly? Create(int year, int month, int day) =>
        year is >= 1900 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex("^[（【\\[]?" + DatePattern + "[）】\\]]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Alone();

    [GeneratedRegex("^[（【\\[]?" + LabelPattern + DatePattern + "[）】\\]]?$", RegexOptions.CultureInvariant)]
    private static partial Regex WithLabel();

    [GeneratedRegex("^(?<name>[^。，,；;：:]{2,30}?)" + DatePattern + "$", RegexOptions.CultureInvariant)]
    private static partial Regex AfterName();
}
