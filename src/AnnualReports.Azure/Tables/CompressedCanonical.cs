using System.IO.Compression;

namespace AnnualReports.Azure.Tables;

/// <summary>
/// A canonical data file as the reports table keeps it: Brotli-compressed into one binary property, which the Table
/// service caps at 64 KiB. A report too large for that lives only in the archive.
/// </summary>
internal static class CompressedCanonical
{
    public const int MaxPropertyBytes = 64 * 1024;

    /// <summary>The compressed bytes, or <c>null</c> when they would not fit in one property.</summary>
    public static byte[]? Compress(ReadOnlySpan<byte> canonicalJson)
    {
        var buffer = new byte[Math.Min(BrotliEncoder.GetMaxCompressedLength(canonicalJson.Length), MaxPropertyBytes)];
        return BrotliEncoder.TryCompress(canonicalJson, buffer, out var written, quality: 5, window: 22)
            ? buffer[..written]
            : null;
    }

    /// <exception cref="InvalidDataException">The bytes are not Brotli.</exception>
    public static ReadOnlyMemory<byte> Decompress(byte[] compressed)
    {
        using var input = new MemoryStream(compressed);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream(compressed.Length * 4);
        brotli.CopyTo(output);
        return output.GetBuffer().AsMemory(0, (int)output.Length);
    }
}
