using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Publishing;

/// <summary>
/// Upload (blob) names that are safe to use as keys and to place under a prefix: relative, forward slashes only,
/// no <c>.</c>/<c>..</c> or empty segments, no control characters, at most <see cref="MaxLength"/> characters.
/// </summary>
public static class UploadNames
{
    public const string RuleId = "U-NAME";
    public const int MaxLength = 200;

    /// <summary>Why <paramref name="name"/> cannot be used, or <c>null</c> when it can.</summary>
    public static Finding? Check(string? name)
    {
        var problem = Problem(name);
        return problem is null
            ? null
            : new Finding(
                RuleId,
                Severity.Error,
                $"上传文件名“{Printable(name)}”不可用：{problem.Value.Zh}。请改用不含路径技巧的简单文件名，例如 weixian-gov-office-2021.json。",
                $"The upload name \"{Printable(name)}\" cannot be used: {problem.Value.En}. Use a plain name such as weixian-gov-office-2021.json.",
                ValueList<CellRef>.Empty,
                ValueList<decimal>.Empty);
    }

    public static bool IsUsable(string? name) => Problem(name) is null;

    private static (string Zh, string En)? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return ("文件名为空", "it is empty");
        }

        if (name.Length > MaxLength)
        {
            return ($"文件名超过{MaxLength}个字符", $"it is longer than {MaxLength} characters");
        }

        if (name.Any(char.IsControl))
        {
            return ("文件名含有控制字符", "it contains control characters");
        }

        if (name.Contains('\\', StringComparison.Ordinal))
        {
            return ("文件名含有反斜杠", "it contains a backslash");
        }

        if (name.StartsWith('/') || (name.Length >= 2 && name[1] == ':'))
        {
            return ("文件名是绝对路径", "it is an absolute path");
        }

        if (name.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            return ("文件名含有“.”“..”或空的路径段", "it has a '.', '..' or empty path segment");
        }

        return null;
    }

    /// <summary>The name as it can be shown in a message: control characters escaped, cut to a readable length.</summary>
    private static string Printable(string? name)
    {
        if (name is null)
        {
            return "";
        }

        var shown = string.Concat(name.Take(MaxLength).Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return name.Length > MaxLength ? shown + "…" : shown;
    }
}
