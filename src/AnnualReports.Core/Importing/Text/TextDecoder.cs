using System.Text;

namespace AnnualReports.Importing.Text;

/// <summary>
/// Decodes a plain-text export: UTF-8 (with or without BOM) when it decodes strictly, GB18030 otherwise
/// (the common encoding of Chinese Windows). GB18030 maps every byte sequence, so decoding never fails.
/// </summary>
public static class TextDecoder
{
    private const int Gb18030CodePage = 54936;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> content)
    {
        var preamble = Encoding.UTF8.Preamble;
        if (content.StartsWith(preamble))
        {
            content = content[preamble.Length..];
        }

        try
        {
            return (StrictUtf8.GetString(content), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage)
                ?? throw new InvalidOperationException("GB18030 is not available in this runtime.");
            return (gb18030.GetString(content), "GB18030");
        }
    }
}
