using AnnualReports.Publishing;

namespace AnnualReports.Cli.Dev;

/// <summary>
/// Which blobs of <c>$web</c> answer a request path, as Azure's static website does: the index document for
/// <c>/</c> and for folders (with or without the trailing slash), the path itself for files.
/// </summary>
public static class StaticWebsitePaths
{
    public const string IndexDocument = SitePaths.Home;
    public const string ErrorDocument = SitePaths.NotFound;

    /// <summary>Blob names to try in order; none for a path that tries to leave the container.</summary>
    public static IReadOnlyList<string> Candidates(string? requestPath)
    {
        var path = (requestPath ?? "").TrimStart('/');
        var segments = path.Split('/');
        var named = path.EndsWith('/') ? segments[..^1] : segments;
        if ((path.Length > 0 && named.Any(segment => segment is "" or "." or "..")) || path.Contains('\\', StringComparison.Ordinal))
        {
            return [];
        }

        return path.Length == 0 || path.EndsWith('/')
            ? [path + IndexDocument]
            : [path, path + "/" + IndexDocument];
    }
}
