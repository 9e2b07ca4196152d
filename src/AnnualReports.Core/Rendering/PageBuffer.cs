using System.Globalization;
using System.Text;

namespace AnnualReports.Rendering;

/// <summary>
/// A text buffer to render one page into, reused by the renders of one thread so a page costs no builder of its
/// own. A thread keeps two (a page's body and the page around it). <see cref="Rent"/> takes one of the thread's
/// buffers (or a new one if both are taken) and <see cref="Dispose"/> gives it back; a buffer is never shared
/// between threads, and a nested render simply gets a fresh one.
/// </summary>
internal sealed class PageBuffer : IDisposable
{
    /// <summary>A report page is some 20,000 characters; starting near that avoids most growth on first use.</summary>
    private const int InitialCapacity = 32 * 1024;

    /// <summary>A buffer grown past this (an unusually long page) is dropped rather than kept for the thread.</summary>
    private const int MaxKeptCapacity = 1024 * 1024;

    [ThreadStatic]
    private static PageBuffer? _first;

    [ThreadStatic]
    private static PageBuffer? _second;

    private PageBuffer()
    {
        Text = new StringBuilder(InitialCapacity);
        Writer = new StringWriter(Text, CultureInfo.InvariantCulture);
    }

    public StringBuilder Text { get; }

    /// <summary>Writes into <see cref="Text"/>; never disposed, so it can be reused.</summary>
    public TextWriter Writer { get; }

    public static PageBuffer Rent()
    {
        PageBuffer buffer;
        if (_first is not null)
        {
            (buffer, _first) = (_first, null);
        }
        else if (_second is not null)
        {
            (buffer, _second) = (_second, null);
        }
        else
        {
            buffer = new PageBuffer();
        }

        buffer.Text.Clear();
        return buffer;
    }

    /// <summary>Removes <paramref name="c"/> from both ends, in place.</summary>
    public void Trim(char c)
    {
        TrimEnd(c);
        var start = 0;
        while (start < Text.Length && Text[start] == c)
        {
            start++;
        }

        Text.Remove(0, start);
    }

    /// <summary>Removes <paramref name="c"/> from the end, in place.</summary>
    public void TrimEnd(char c)
    {
        var end = Text.Length;
        while (end > 0 && Text[end - 1] == c)
        {
            end--;
        }

        Text.Length = end;
    }

    /// <summary>The text as UTF-8, in an array of exactly its size.</summary>
    public byte[] ToUtf8()
    {
        var encoder = Encoding.UTF8.GetEncoder();
        var count = 0;
        foreach (var chunk in Text.GetChunks())
        {
            count += encoder.GetByteCount(chunk.Span, flush: false);
        }

        count += encoder.GetByteCount([], flush: true);
        encoder.Reset();
        var bytes = new byte[count];
        var written = 0;
        foreach (var chunk in Text.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
        }

        encoder.GetBytes([], bytes.AsSpan(written), flush: true);
        return bytes;
    }

    public void Dispose()
    {
        if (Text.Capacity > MaxKeptCapacity)
        {
            return;
        }

        if (_first is null)
        {
            _first = this;
        }
        else
        {
            _second ??= this;
        }
    }
}
