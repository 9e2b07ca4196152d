using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AnnualReports.Reports;

namespace AnnualReports.Importing.Recognition;

/// <summary>Reads who reports, for which year and how to reach them from the title, the closing notes and the signature.</summary>
internal static partial class MetadataReader
{
    /// <summary>Agency name and year from a title such as 威县人民政府办公室2021年政府信息公开工作年度报告 (on one or two lines).</summary>
    public static (string Agency, int Year, int ConsumedParagraphs)? ReadTitle(IReadOnlyList<string> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count && i < 4; i++)
        {
            var match = Title().Match(Labels.Normalize(paragraphs[i]));
            if (!match.Success)
            {
                continue;
            }

            var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var agency = match.Groups["agency"].Value;
            if (agency.Length > 0)
            {
                return (agency, year, i + 1);
            }

            if (i > 0 && Labels.Normalize(paragraphs[i - 1]) is { Length: > 0 and <= 40 } previous && !previous.Contains('。', StringComparison.Ordinal))
            {
                return (previous, year, i + 1);
            }
        }

        return null;
    }

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

    [GeneratedRegex(@"^(?<agency>.*?)(?<year>\d{4})年度?政府信息公开(?:工作)?年度?报告$", RegexOptions.CultureInvariant)]
    private static partial Regex Title();

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
