using System.Text;
using AnnualReports.Publishing;
using AnnualReports.Publishing.Ports;
using Azure.Storage.Blobs;

namespace AnnualReports.Azure.Blobs;

/// <summary>The private rejections container: <c>{uploadName}/rejection.html</c> and <c>{uploadName}/rejection.json</c>.</summary>
public sealed class BlobRejectionStore(BlobContainerClient rejections) : IRejectionStore
{
    public const string HtmlName = "rejection.html";
    public const string JsonName = "rejection.json";

    public static string Prefix(string uploadName) =>
        UploadNames.IsUsable(uploadName)
            ? $"{uploadName}/"
            : throw new ArgumentException($"'{uploadName}' is not a usable upload name.", nameof(uploadName));

    public async Task<string> WriteAsync(string uploadName, string html, ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        var prefix = Prefix(uploadName);
        await BlobFiles.WriteIfChangedAsync(
            rejections.GetBlobClient(prefix + HtmlName), Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", cancellationToken).ConfigureAwait(false);
        await BlobFiles.WriteIfChangedAsync(
            rejections.GetBlobClient(prefix + JsonName), json, "application/json; charset=utf-8", cancellationToken).ConfigureAwait(false);
        return prefix;
    }

    public async Task<string?> ReadHtmlAsync(string uploadName, CancellationToken cancellationToken) =>
        await BlobFiles.DownloadAsync(rejections.GetBlobClient(Prefix(uploadName) + HtmlName), cancellationToken).ConfigureAwait(false) is { } download
            ? download.Content.ToString()
            : null;
}
