using System.Text.RegularExpressions;
using AnnualReports.Importing.TextModel;

namespace AnnualReports.Importing.Recognition;

/// <summary>The six numbered sections of the format, found by number plus key words (spec §2).</summary>
internal enum SectionKind
{
    Overview = 1,
    ActiveDisclosure = 2,
    Applications = 3,
    ReviewsAndLitigation = 4,
    Problems = 5,
    OtherMatters = 6,
}

/// <summary>A document cut at its section headings. Blocks before 一 are the front matter (title, preamble).</summary>
internal sealed partial class Sections
{
    private static readonly string[][] KeyWords =
    [
        [],
        ["总体情况", "基本情况", "概述"],
        ["主动公开"],
        ["申请"],
        ["复议", "诉讼"],
        ["问题"],
        ["其他"],
    ];

    private readonly Dictionary<SectionKind, List<DocumentBlock>> _bodies = [];
    private readonly Dictionary<SectionKind, DocumentParagraph> _headings = [];

    public Sections(IReadOnlyList<DocumentBlock> blocks)
    {
        SectionKind? current = null;
        foreach (var block in blocks)
        {
            if (block is DocumentParagraph paragraph
                && (HeadingOf(paragraph.Text) ?? (paragraph.IsHeading ? UnnumberedHeadingOf(paragraph.Text, current) : null)) is { } kind
                && (current is null || kind > current))
            {
                current = kind;
                _headings[kind] = paragraph;
                _bodies[kind] = [];
                continue;
            }

            if (current is { } section)
            {
                _bodies[section].Add(block);
            }
            else
            {
                FrontMatter.Add(block);
            }
        }
    }

    public List<DocumentBlock> FrontMatter { get; } = [];

    public bool Has(SectionKind kind) => _headings.ContainsKey(kind);

    public DocumentParagraph? Heading(SectionKind kind) => _headings.GetValueOrDefault(kind);

    public List<DocumentBlock> Body(SectionKind kind) => _bodies.GetValueOrDefault(kind) ?? [];

    /// <summary>The heading a block sits under, for "where it looked" messages.</summary>
    public string Describe(DocumentBlock block)
    {
        var owner = _bodies.FirstOrDefault(p => p.Value.Contains(block)).Key;
        return owner == default ? "（报告开头）" : $"“{_headings[owner].Text}”";
    }

    public static SectionKind? HeadingOf(string text)
    {
        var clean = Labels.Clean(text);
        if (clean.Length > 40 || clean.Contains('。', StringComparison.Ordinal))
        {
            return null;
        }

        var match = NumberedHeading().Match(clean);
        if (!match.Success)
        {
            return null;
        }

        var number = "一二三四五六".IndexOf(match.Groups["cn"].Value, StringComparison.Ordinal) + 1;
        if (match.Groups["digit"].Success)
        {
            var digit = match.Groups["digit"].Value[0];
            number = digit is >= '1' and <= '6' ? digit - '0' : digit - '０';
        }

        var rest = Labels.Normalize(match.Groups["rest"].Value);
        return number is >= 1 and <= 6 && KeyWords[number].Any(k => rest.Contains(k, StringComparison.Ordinal))
            ? (SectionKind)number
            : null;
    }

    /// <summary>
    /// A heading-styled paragraph whose number Word generates (automatic numbering is not in the text): the next
    /// section whose key words it contains.
    /// </summary>
    private static SectionKind? UnnumberedHeadingOf(string text, SectionKind? current)
    {
        var clean = Labels.Normalize(text);
        if (clean.Length > 40 || clean.Contains('。', StringComparison.Ordinal))
        {
            return null;
        }

        return Enum.GetValues<SectionKind>()
            .Where(k => current is null || k > current)
            .Select(k => (SectionKind?)k)
            .FirstOrDefault(k => KeyWords[(int)k!].Any(w => clean.Contains(w, StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"^(?:(?<cn>[一二三四五六])|(?<digit>[1-6１-６]))(?:\s*[、.．，,]\s*|\s+)(?<rest>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedHeading();
}
