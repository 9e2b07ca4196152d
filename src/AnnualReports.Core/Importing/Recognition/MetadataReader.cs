using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AnnualReports.Reports;

namespace AnnualReports.Importing.Recognition;

/// <summary>Reads who reports, for which year and how to reach them from the title, the closing notes and the signature.</summary>
internal static partial class MetadataReader
{
    /// <summary>How many leading paragraphs may hold the title, and over how many lines it may be split.</summary>
    private const int TitleSearch = 6;
    private const int TitleLines = 3;

    /// <summary>
    /// Agency name and year from the title, as offices print it: 威县人民政府办公室2021年政府信息公开工作年度报告,
    /// year first (2019年上海市人民政府办公厅政府信息公开工作年度报告), year last in brackets, wrapped in 关于…的(通知),
    /// and split over up to three lines. <c>ConsumedParagraphs</c> counts the paragraphs up to the title's last line.
    /// </summary>
    public static (string Agency, int Year, int ConsumedParagraphs)? ReadTitle(IReadOnlyList<string> paragraphs)
    {
        for (var end = 0; end < paragraphs.Count && end < TitleSearch; end++)
        {
            for (var start = end; start >= 0 && start > end - TitleLines; start--)
            {
                var joined = TitleText(string.Concat(paragraphs.Skip(start).Take(end - start + 1)));
                if (MatchTitle(joined) is { } title)
                {
                    return (title.Agency, title.Year, end + 1);
                }
            }
        }

        return null;
    }

    private static string TitleText(string text)
    {
        var clean = Labels.Normalize(text);
        foreach (var quote in "《》“”\"「」")
        {
            clean = clean.Replace(quote.ToString(), "", StringComparison.Ordinal);
        }

        return TitleWrapper().Replace(clean, "");
    }

    private static (string Agency, int Year)? MatchTitle(string text)
    {
        foreach (var pattern in (Regex[])[AgencyFirstTitle(), YearFirstTitle(), YearLastTitle()])
        {
            var match = pattern.Match(text);
            if (match.Success && IsAgencyName(match.Groups["agency"].Value))
            {
                return (match.Groups["agency"].Value, int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return null;
    }

    private static bool IsAgencyName(string text) =>
        text.Length is >= 2 and <= 40 && text.IndexOfAny(['。', '：', '，', '；']) < 0;

    /// <summary>人民政府 itself (the name ends with 人民政府) reports by 3月31日; its 办公室, 局, 委… by 1月31日.</summary>
    public static AgencyKind KindOf(string agencyName) =>
        agencyName.EndsWith("人民政府", StringComparison.Ordinal)
            ? AgencyKind.PeoplesGovernment
            : AgencyKind.Department;

    /// <summary>Chinese names do not slug readably, so the default id is <c>agency-</c> + 8 hex digits of SHA-256 of the name.</summary>
    public static string GeneratedId(string agencyName)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(agencyName));
        return "agency-" + Convert.ToHexStringLower(hash)[..8];
    }

    /// <summary>The part of the name before 人民政府 (威县人民政府办公室 → 威县), or null.</summary>
    public static string? RegionOf(string agencyName)
    {
        var index = agencyName.IndexOf("人民政府", StringComparison.Ordinal);
        return index > 0 ? agencyName[..index] : null;
    }

    public static Contact ReadContact(IEnumerable<string> paragraphs)
    {
        string? phone = null, email = null, address = null, website = null;
        foreach (var text in paragraphs)
        {
            email ??= Email().Match(text) is { Success: true } e ? e.Value : null;
            phone ??= Phone().Match(text) is { Success: true } p ? p.Groups["phone"].Value.Trim() : null;
            website ??= Website().Match(text) is { Success: true } w ? w.Value : null;
            address ??= Address().Match(text) is { Success: true } a ? a.Groups["address"].Value.Trim() : null;
        }

        return new Contact(phone, email, address, website);
    }

    /// <summary>X from 本年度报告由X编制.</summary>
    public static string? CompiledByFromNote(IEnumerable<string> notes) =>
        notes.Select(n => CompiledBy().Match(n)).FirstOrDefault(m => m.Success)?.Groups["by"].Value;

    public static bool IsClosingNote(string text)
    {
        var clean = Labels.Normalize(text);
        return clean.StartsWith("本年度报告", StringComparison.Ordinal)
            || clean.StartsWith("本报告", StringComparison.Ordinal)
            || clean.StartsWith("本年报", StringComparison.Ordinal)
            || clean.Contains("统计期限", StringComparison.Ordinal);
    }

    private const string ReportWords = @"的?政府信息公开(?:工作)?的?(?:年度|年)?报告";

    [GeneratedRegex(@"^(?<agency>.*?)(?:关于)?(?<year>\d{4})年度?" + ReportWords + "$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyFirstTitle();

    [GeneratedRegex(@"^(?<year>\d{4})年度?(?<agency>.+?)(?:关于)?" + ReportWords + "$", RegexOptions.CultureInvariant)]
    private static partial Regex YearFirstTitle();

    [GeneratedRegex(@"^(?<agency>.+?)(?:关于)?" + ReportWords + @"（(?<year>\d{4})年?度?）$", RegexOptions.CultureInvariant)]
    private static partial Regex YearLastTitle();

    /// <summary>关于印发… at the start and …的通知 at the end of a title that forwards the report.</summary>
    [GeneratedRegex(@"^关于(?:印发|公布|发布)?|的(?:通知|公告)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleWrapper();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"电\s*话\s*[：:]?\s*(?<phone>[0-9０-９][0-9０-９—\-－()（） ]{5,}[0-9０-９])", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"https?://[A-Za-z0-9./?=_%&:#~+-]+[A-Za-z0-9/]", RegexOptions.CultureInvariant)]
    private static partial Regex Website();

    [GeneratedRegex(@"地\s*址\s*[：:]\s*(?<address>[^，。；,;]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    [GeneratedRegex(@"由(?<by>[^，。,]{2,40}?)(?:负责)?编制", RegexOptions.CultureInvariant)]
    private static partial Regex CompiledBy();
}
