using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AnnualReports.Importing.Recognition;
using AnnualReports.Importing.TextModel;

namespace AnnualReports.Importing.Html;

/// <summary>
/// Reads a report as a government portal publishes it: the page's chrome (navigation, breadcrumbs, footer) is dropped,
/// the report is the smallest element holding its tables, read as paragraphs (<c>&lt;p&gt;</c>, <c>&lt;br&gt;</c>) and
/// tables (colspan/rowspan resolved onto the grid like Word's gridSpan/vMerge). The portal's metadata box outside the
/// report gives <see cref="Result.PageDate"/> (发文日期); a title printed only outside the report (the page's
/// <c>&lt;h1&gt;</c> or <c>&lt;title&gt;</c>) is put in front of it.
/// </summary>
public static partial class HtmlReader
{
    /// <param name="PageDate">The 发文日期/发布日期 of the page's metadata box, outside the report.</param>
    public sealed record Result(IReadOnlyList<DocumentBlock> Blocks, DateOnly? PageDate);

    private static readonly HashSet<string> BlockTags =
    [
        "p", "div", "section", "article", "main", "center", "blockquote", "pre", "li", "ul", "ol", "dl", "dt", "dd",
        "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "tbody", "thead", "tfoot", "body", "html", "hr", "address",
    ];

    private static readonly string[] ReportTableWords = ["信息内容", "第二十条", "申请人情况", "本年新收", "行政复议"];

    public static Result Read(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        var body = document.Body ?? document.DocumentElement;
        foreach (var noise in body.QuerySelectorAll("script, style, noscript, iframe, select, button, input, object").ToList())
        {
            noise.Remove();
        }

        var reportTables = body.QuerySelectorAll("table")
            .Where(t => t.QuerySelector("table") is null && ReportTableWords.Any(w => Labels.Contains(t.TextContent, w)))
            .ToList();
        foreach (var chrome in body.QuerySelectorAll("nav, header, footer, aside, *").Where(IsChrome).ToList())
        {
            if (!reportTables.Any(chrome.Contains))
            {
                chrome.Remove();
            }
        }

        var root = CommonAncestor(reportTables) ?? body;
        var blocks = new List<DocumentBlock>();
        var inline = new StringBuilder();
        Walk(root, blocks, inline, heading: false);
        Flush(blocks, inline, heading: false);

        var outside = string.Join(" ", body.Descendants().OfType<IText>().Where(t => !root.Contains(t)).Select(t => t.Data));
        var pageDate = PageDate().Match(outside) is { Success: true } m ? ChineseDates.Parse(m.Groups["date"].Value) : null;

        var paragraphs = blocks.OfType<DocumentParagraph>().Take(6).Select(p => p.Text).ToList();
        if (MetadataReader.ReadTitle(paragraphs) is null && OutsideTitle(body, root, document.Title) is { } title)
        {
            blocks.Insert(0, new DocumentParagraph(title, IsHeading: true));
        }

        return new Result(blocks, pageDate);
    }

    private static bool IsChrome(IElement element)
    {
        if (element.LocalName is "nav" or "header" or "footer" or "aside")
        {
            return true;
        }

        var names = $"{element.ClassName} {element.Id}";
        return names.Length > 1 && ChromeName().IsMatch(names);
    }

    private static IElement? CommonAncestor(List<IElement> tables)
    {
        if (tables.Count == 0)
        {
            return null;
        }

        var candidate = tables[0].ParentElement;
        while (candidate is not null && !tables.All(candidate.Contains))
        {
            candidate = candidate.ParentElement;
        }

        return candidate;
    }

    /// <summary>A title printed outside the report: an h1–h3 or an element named *title*, else the page's &lt;title&gt;.</summary>
    private static string? OutsideTitle(IElement body, IElement root, string? pageTitle)
    {
        var candidates = body.QuerySelectorAll("h1, h2, h3, [class*=title], [id*=title]")
            .Where(e => !root.Contains(e) && !e.Contains(root))
            .Select(e => Collapse(e.TextContent))
            .Concat(TitleSeparators().Split(pageTitle ?? "").Select(Collapse));
        return candidates.FirstOrDefault(t => t.Length <= 100 && MetadataReader.ReadTitle([t]) is not null);
    }

    private static void Walk(INode node, List<DocumentBlock> blocks, StringBuilder inline, bool heading)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    inline.Append(text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    inline.Append('\n');
                    break;
                case IElement { LocalName: "table" } table when table.QuerySelector("table") is null:
                    Flush(blocks, inline, heading);
                    blocks.Add(ReadTable(table));
                    break;
                case IElement element when BlockTags.Contains(element.LocalName) || element.LocalName == "table":
                    var isHeading = heading || element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
                    Flush(blocks, inline, heading);
                    Walk(element, blocks, inline, isHeading);
                    Flush(blocks, inline, isHeading);
                    break;
                case IElement element:
                    Walk(element, blocks, inline, heading);
                    break;
                default:
                    break;
            }
        }
    }

    private static void Flush(List<DocumentBlock> blocks, StringBuilder inline, bool heading)
    {
        foreach (var line in inline.ToString().Split('\n'))
        {
            var text = Collapse(line);
            if (text.Length > 0)
            {
                blocks.Add(new DocumentParagraph(text, IsHeading: heading));
            }
        }

        inline.Clear();
    }

    /// <summary>A table with colspan and rowspan resolved: a cell under a rowspan is a merge continuation, as in Word.</summary>
    private static DocumentTable ReadTable(IElement table)
    {
        var rows = new List<DocumentRow>();
        var pending = new SortedDictionary<int, (int Rows, int Span)>();
        foreach (var tr in table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table))
        {
            var cells = new List<DocumentCell>();
            var column = 0;

            void Continue(int at)
            {
                var (left, span) = pending[at];
                cells.Add(new DocumentCell("", at, span, IsMergeContinuation: true));
                if (left == 1)
                {
                    pending.Remove(at);
                }
                else
                {
                    pending[at] = (left - 1, span);
                }

                column = at + span;
            }

            foreach (var cell in tr.Children.Where(c => c.LocalName is "td" or "th"))
            {
                while (pending.ContainsKey(column))
                {
                    Continue(column);
                }

                var span = Math.Max(1, Number(cell, "colspan"));
                var rowSpan = Math.Max(1, Number(cell, "rowspan"));
                cells.Add(new DocumentCell(CellText(cell), column, span));
                if (rowSpan > 1)
                {
                    pending[column] = (rowSpan - 1, span);
                }

                column += span;
            }

            foreach (var at in pending.Keys.Where(k => k >= column).ToList())
            {
                Continue(at);
            }

            if (cells.Count > 0)
            {
                rows.Add(new DocumentRow(cells));
            }
        }

        return new DocumentTable(rows);
    }

    private static int Number(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? Math.Min(n, 1000)
            : 1;

    private static string CellText(IElement cell)
    {
        var builder = new StringBuilder();

        void Append(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        builder.Append(text.Data);
                        break;
                    case IElement { LocalName: "br" }:
                        builder.Append('\n');
                        break;
                    case IElement element when BlockTags.Contains(element.LocalName):
                        if (builder.Length > 0 && builder[^1] != '\n')
                        {
                            builder.Append('\n');
                        }

                        Append(element);
                        break;
                    case IElement element:
                        Append(element);
                        break;
                    default:
                        break;
                }
            }
        }

        Append(cell);
        return string.Join("\n", builder.ToString().Split('\n').Select(Collapse).Where(l => l.Length > 0));
    }

    /// <summary>Runs of white space (HTML source line breaks, indentation) become one space; &amp;nbsp; and 　 are kept as spaces, ends trimmed.</summary>
    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"[ \t\r\n\f]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"nav|breadcrumb|crumb|footer|menu|sidebar|share|position|location|toolbar|topbar|links", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChromeName();

    [GeneratedRegex(@"\s*[_|｜—–-]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSeparators();

    [GeneratedRegex(
        @"(?:发文日期|发布日期|成文日期|发布时间|公开日期)\s*[：:]?\s*(?<date>\d{4}\s*(?:年|-|/|\.)\s*\d{1,2}\s*(?:月|-|/|\.)\s*\d{1,2}\s*日?|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)",
        RegexOptions.CultureInvariant)]
    private static partial Regex PageDate();
}
