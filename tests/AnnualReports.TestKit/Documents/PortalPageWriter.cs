using System.Net;
using System.Text;

namespace AnnualReports.TestKit.Documents;

/// <summary>The portal's metadata box above a published report (索引号, 发布机构, 发文日期).</summary>
public sealed record PortalMetadata(string IndexNumber, string Publisher, string? IssueDate);

/// <summary>
/// Writes a <see cref="SpecBlock"/> document as a government portal publishes it: navigation and breadcrumbs, the
/// title in an &lt;h1&gt; above a metadata box, the report as &lt;p&gt; and &lt;table&gt; with colspan/rowspan
/// (Word's gridSpan/vMerge) and &amp;nbsp; in blank cells, a footer; in UTF-8 or GBK, declared in a &lt;meta&gt;.
/// The first <paramref name="titleParagraphs"/> paragraphs become the page's &lt;h1&gt;, outside the report body.
/// </summary>
public static class PortalPageWriter
{
    public static byte[] Write(IEnumerable<SpecBlock> blocks, PortalMetadata metadata, string charset = "utf-8", int titleParagraphs = 2)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(metadata);
        var list = blocks.ToList();
        var title = string.Concat(list.Take(titleParagraphs).OfType<SpecParagraph>().Select(p => p.Text));
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html>\n<head>\n");
        html.Append(charset == "gbk"
            ? "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">\n"
            : $"<meta charset=\"{charset}\">\n");
        html.Append("<title>").Append(E(title)).Append("_政府信息公开_人民政府门户网站</title>\n");
        html.Append("<script>var _hmt = []; document.write('统计代码');</script>\n<style>.nav{color:red}</style>\n</head>\n<body>\n");
        html.Append("<div class=\"top-nav\"><a href=\"/\">首页</a> <a href=\"/zwgk\">政务公开</a> <a href=\"/hdjl\">互动交流</a></div>\n");
        html.Append("<div class=\"breadcrumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政府信息公开</a> &gt; 年度报告</div>\n");
        html.Append("<div class=\"article\">\n<h1 class=\"article-title\">").Append(E(title)).Append("</h1>\n");
        html.Append("<table class=\"meta\"><tr><td>索引号：</td><td>").Append(E(metadata.IndexNumber))
            .Append("</td><td>发布机构：</td><td>").Append(E(metadata.Publisher)).Append("</td></tr>\n");
        html.Append("<tr><td>发文日期：</td><td>").Append(E(metadata.IssueDate ?? "")).Append("</td><td>主题分类：</td><td>政务公开</td></tr></table>\n");
        html.Append("<div class=\"TRS_Editor\">\n");
        foreach (var block in list.Skip(titleParagraphs))
        {
            switch (block)
            {
                case SpecParagraph paragraph:
                    html.Append(paragraph.IsHeading ? "<p style=\"font-weight:bold\">" : "<p style=\"text-indent:2em\">")
                        .Append(E(paragraph.Text).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>\n");
                    break;
                case SpecTable table:
                    WriteTable(html, table);
                    break;
                default:
                    break;
            }
        }

        html.Append("</div>\n</div>\n<div class=\"footer\">主办：人民政府办公室 网站标识码：1305330001 <a href=\"/\">网站地图</a></div>\n</body>\n</html>\n");
        var encoding = charset == "gbk" ? CodePagesEncodingProvider.Instance.GetEncoding(936)! : new UTF8Encoding(false);
        return encoding.GetBytes(html.ToString());
    }

    private static void WriteTable(StringBuilder html, SpecTable table)
    {
        // Grid column of every cell, to find how many rows a vMerge restart spans.
        var grid = table.Rows.Select(row =>
        {
            var column = 0;
            return row.Select(cell => { var at = column; column += cell.ColumnSpan; return at; }).ToList();
        }).ToList();
        html.Append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse\">\n<tbody>\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            html.Append("<tr>");
            for (var c = 0; c < table.Rows[r].Count; c++)
            {
                var cell = table.Rows[r][c];
                if (cell.Merge == VerticalMerge.Continue)
                {
                    continue;
                }

                var rowSpan = 1;
                if (cell.Merge == VerticalMerge.Restart)
                {
                    var column = grid[r][c];
                    while (r + rowSpan < table.Rows.Count
                        && grid[r + rowSpan].IndexOf(column) is var i and >= 0
                        && table.Rows[r + rowSpan][i].Merge == VerticalMerge.Continue)
                    {
                        rowSpan++;
                    }
                }

                html.Append("<td");
                if (cell.ColumnSpan > 1)
                {
                    html.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
                }

                if (rowSpan > 1)
                {
                    html.Append(" rowspan=\"").Append(rowSpan).Append('"');
                }

                html.Append("><p align=\"center\">")
                    .Append(cell.Text.Length == 0 ? "&nbsp;" : E(cell.Text).Replace("\n", "<br>", StringComparison.Ordinal))
                    .Append("</p></td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
