using System.Text.RegularExpressions;
using AnnualReports.Reports;

namespace AnnualReports.Importing.Recognition;

/// <summary>
/// Cuts a section's paragraphs into blocks at sub-heads （一）…: the heading is the text before the first 。, the rest of
/// that paragraph starts the block's text. Paragraphs before the first sub-head form a block without heading.
/// </summary>
internal static partial class NarrativeReader
{
    public static NarrativeSection Read(IEnumerable<string> paragraphs)
    {
        var blocks = new List<NarrativeBlock>();
        string? heading = null;
        var texts = new List<string>();
        var started = false;

        void Flush()
        {
            if (started)
            {
                blocks.Add(new NarrativeBlock(heading, texts.ToValueList()));
            }

            texts = [];
        }

        foreach (var paragraph in paragraphs)
        {
            if (SubHead().IsMatch(paragraph))
            {
                Flush();
                started = true;
                var stop = paragraph.IndexOf('。', StringComparison.Ordinal);
                if (stop < 0)
                {
                    heading = paragraph;
                }
                else
                {
                    heading = paragraph[..stop];
                    var rest = paragraph[(stop + 1)..].Trim();
                    if (rest.Length > 0)
                    {
                        texts.Add(rest);
                    }
                }

                continue;
            }

            started = true;
            texts.Add(paragraph);
        }

        Flush();
        return new NarrativeSection(blocks.ToValueList());
    }

    [GeneratedRegex(@"^\s*[（(][一二三四五六七八九十]{1,3}[）)]", RegexOptions.CultureInvariant)]
    private static partial Regex SubHead();
}
