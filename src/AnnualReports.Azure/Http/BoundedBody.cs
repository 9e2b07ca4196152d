using Microsoft.AspNetCore.Http;

namespace AnnualReports.Azure.Http;

/// <summary>
/// A request body read whole only when it fits: refused on its declared length unread, or as soon as reading passes
/// the limit, so an oversized body is never held in memory.
/// </summary>
public static class BoundedBody
{
    /// <summary>The body's bytes, or <c>null</c> when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var body = new MemoryStream();
        var buffer = new byte[Math.Min(maxBytes + 1, 64 * 1024)];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > maxBytes)
            {
                return null;
            }

            body.Write(buffer, 0, read);
        }

        return body.ToArray();
    }
}
