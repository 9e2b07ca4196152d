using System.Text;

namespace AnnualReports.Importing.Recognition;

/// <summary>
/// Label comparison that tolerates what offices type: spaces and line breaks anywhere (商业\n企业),
/// half-width brackets and digits ("第二十条 第(一)项"), and the [bookmark: …] residue of Word's text export.
/// </summary>
internal static class Labels
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in StripArtifacts(text))
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c switch
            {
                '(' => '（',
                ')' => '）',
                '．' => '.',
                ':' => '：',
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                _ => c,
            });
        }

        return builder.ToString();
    }

    public static bool Contains(string text, string key) => Normalize(text).Contains(Normalize(key), StringComparison.Ordinal);

    /// <summary>Removes "[bookmark: _GoBack]"-style markers that Word's text export leaves behind.</summary>
    public static string StripArtifacts(string text)
    {
        var start = text.IndexOf("[bookmark:", StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = text.IndexOf(']', start);
            if (end < 0)
            {
                break;
            }

            text = text.Remove(start, end - start + 1);
            start = text.IndexOf("[bookmark:", StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Trims, including no-break and ideographic spaces, and joins lines inside a cell.</summary>
    public static string Clean(string text) => StripArtifacts(text).Replace("\n", "", StringComparison.Ordinal).Trim();
}
