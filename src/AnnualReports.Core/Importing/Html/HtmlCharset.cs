using System.Text;
using System.Text.RegularExpressions;
using AnnualReports.Importing.Text;

namespace AnnualReports.Importing.Html;

/// <summary>
/// Decodes a saved web page by the charset the file declares: a BOM, <c>&lt;meta charset&gt;</c> or
/// <c>http-equiv="Content-Type"</c> in the first 4 KB. GBK and GB2312 are read as GB18030, their superset. Without a
/// declaration the page is read like a text export: strict UTF-8, else GB18030.
/// </summary>
public static partial class HtmlCharset
{
    private const int Gb18030CodePage = 54936;

    public static (string Text, string EncodingName) Decode(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            return (Encoding.UTF8.GetString(content, 3, content.Length - 3), "UTF-8");
        }

        var head = Encoding.Latin1.GetString(content, 0, Math.Min(content.Length, 4096));
        var declared = Declared().Match(head);
        if (!declared.Success)
        {
            return TextDecoder.Decode(content);
        }

        var name = declared.Groups["charset"].Value.ToLowerInvariant();
        if (name is "gbk" or "gb2312" or "gb18030" or "x-gbk" or "cp936" or "windows-936")
        {
            var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage)
                ?? throw new InvalidOperationException("GB18030 is not available in this runtime.");
            return (gb18030.GetString(content), "GB18030");
        }

        if (name is "utf-8" or "utf8")
        {
            return (Encoding.UTF8.GetString(content), "UTF-8");
        }

        var other = CodePagesEncodingProvider.Instance.GetEncoding(name);
        return other is null ? TextDecoder.Decode(content) : (other.GetString(content), other.WebName);
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<charset>[A-Za-z0-9_-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Declared();
}
