using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace AnnualReports.Cli.Dev;

/// <summary>
/// Serves the <c>$web</c> container like Azure's static website endpoint: index and 404 documents, the stored
/// Content-Type and Cache-Control, ETag with <c>If-None-Match</c> answered by 304. GET and HEAD only.
/// </summary>
public sealed class StaticWebsite(BlobContainerClient web)
{
    public async Task ServeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return;
        }

        foreach (var candidate in StaticWebsitePaths.Candidates(request.Path.Value))
        {
            if (await TryServeAsync(context, candidate, StatusCodes.Status200OK).ConfigureAwait(false))
            {
                return;
            }
        }

        if (!await TryServeAsync(context, StaticWebsitePaths.ErrorDocument, StatusCodes.Status404NotFound).ConfigureAwait(false))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private async Task<bool> TryServeAsync(HttpContext context, string blobName, int status)
    {
        var cancellationToken = context.RequestAborted;
        BlobDownloadStreamingResult download;
        try
        {
            download = (await web.GetBlobClient(blobName).DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status404NotFound)
        {
            return false;
        }

        await using (download.Content.ConfigureAwait(false))
        {
            var details = download.Details;
            var response = context.Response;
            var etag = new EntityTagHeaderValue(details.ETag.ToString("H"));
            response.Headers.ETag = etag.ToString();
            response.Headers.LastModified = details.LastModified.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            if (details.CacheControl is { Length: > 0 } cacheControl)
            {
                response.Headers.CacheControl = cacheControl;
            }

            if (status == StatusCodes.Status200OK && Matches(context.Request, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return true;
            }

            response.StatusCode = status;
            response.ContentType = details.ContentType is { Length: > 0 } type ? type : "application/octet-stream";
            response.ContentLength = details.ContentLength;
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await download.Content.CopyToAsync(response.Body, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }
    }

    private static bool Matches(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } tags
        && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
}
