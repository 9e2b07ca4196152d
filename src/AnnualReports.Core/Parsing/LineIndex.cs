using System.Text;

namespace AnnualReports.Parsing;

/// <summary>Turns byte offsets of UTF-8 input into 1-based line and column (columns count UTF-16 characters).</summary>
internal sealed class LineIndex
{
    private readonly byte[] _content;
    private readonly List<int> _lineStarts = [];

    public LineIndex(byte[] content, int start)
    {
        _content = content;
        _lineStarts.Add(start);
        for (var i = start; i < content.Length; i++)
        {
            if (content[i] == (byte)'\n' || (content[i] == (byte)'\r' && (i + 1 == content.Length || content[i + 1] != (byte)'\n')))
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public (int Line, int Column) At(long offset)
    {
        var clamped = (int)Math.Clamp(offset, _lineStarts[0], _content.Length);
        var index = _lineStarts.BinarySearch(clamped);
        var line = index >= 0 ? index : ~index - 1;
        var lineStart = _lineStarts[line];
        return (line + 1, Encoding.UTF8.GetCharCount(_content, lineStart, clamped - lineStart) + 1);
    }

    /// <summary>The position of a byte on a 0-based line, as reported by <see cref="System.Text.Json.JsonException"/>.</summary>
    public (int Line, int Column) AtLineByte(long zeroBasedLine, long bytePositionInLine)
    {
        var line = (int)Math.Clamp(zeroBasedLine, 0, _lineStarts.Count - 1);
        return At(_lineStarts[line] + bytePositionInLine);
    }
}
