using System.Text.RegularExpressions;

namespace AnnualReports.Importing.Recognition;

/// <summary>Dates as reports print them: 2022年1月20日, 2022-01-20, 2022.1.20, or 二〇二二年一月二十日.</summary>
internal static partial class ChineseDates
{
    private const string Digits = "〇一二三四五六七八九";

    public static DateOnly? Parse(string text)
    {
        var clean = Labels.Normalize(text).Replace('零', '〇').Replace('○', '〇').Replace('Ｏ', '〇');
        var match = NumericDate().Match(clean);
        if (match.Success)
        {
            return Create(int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        match = HanDate().Match(clean);
        if (!match.Success)
        {
            return null;
        }

        var year = 0;
        foreach (var c in match.Groups["y"].Value)
        {
            year = (year * 10) + Digits.IndexOf(c, StringComparison.Ordinal);
        }

        return Create(year, HanNumber(match.Groups["m"].Value), HanNumber(match.Groups["d"].Value));
    }

    private static int HanNumber(string text)
    {
        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return Digits.IndexOf(text, StringComparison.Ordinal);
        }

        var tens = ten == 0 ? 1 : Digits.IndexOf(text[..ten], StringComparison.Ordinal);
        var units = ten == text.Length - 1 ? 0 : Digits.IndexOf(text[(ten + 1)..], StringComparison.Ordinal);
        return (tens * 10) + units;
    }

    private static DateOnly? Create(int year, int month, int day) =>
        year is >= 1900 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(@"^(?<y>\d{4})(?:年|-|/|\.)(?<m>\d{1,2})(?:月|-|/|\.)(?<d>\d{1,2})日?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?<y>[〇一二三四五六七八九]{4})年(?<m>[一二三四五六七八九十]{1,2})月(?<d>[一二三四五六七八九十]{1,3})日$", RegexOptions.CultureInvariant)]
    private static partial Regex HanDate();
}
