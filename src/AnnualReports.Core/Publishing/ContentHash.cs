using System.Security.Cryptography;

namespace AnnualReports.Publishing;

/// <summary>The SHA-256 of some bytes as lowercase hex: stored as <c>sha256</c> metadata on every blob we write.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
