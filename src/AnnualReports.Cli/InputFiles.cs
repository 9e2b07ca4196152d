using AnnualReports.Checking;
using AnnualReports.Findings;
using AnnualReports.Importing;
using AnnualReports.Reports;
using AnnualReports.Validation;

namespace AnnualReports.Cli;

/// <summary>Reads a file from disk and checks it; a missing or unreadable file becomes a finding, not an exception.</summary>
public static class InputFiles
{
    /// <summary>
    /// The files named, with each folder replaced by the files in it and its subfolders (an office's archive), in
    /// ordinal order; hidden files (.DS_Store, ~$lock files of Word) are left out.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Path.GetFileName(f) is var name && !name.StartsWith('.') && !name.StartsWith("~$", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }

    /// <summary>Checks each file, showing "[3/12] file" on <paramref name="progress"/> when it is a terminal.</summary>
    public static List<(string File, CheckResult Result)> CheckAll(
        IReadOnlyList<string> files, ValidationContext? context, ImportOptions? importOptions, TextWriter? progress)
    {
        ArgumentNullException.ThrowIfNull(files);
        var results = new List<(string, CheckResult)>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            progress?.Write($"\r[{i + 1}/{files.Count}] {files[i]}\u001b[K");
            results.Add((files[i], Check(files[i], context, importOptions)));
        }

        progress?.Write("\r\u001b[K");
        return results;
    }

    /// <summary>Standard error when it is a terminal, for progress; null when redirected (CI, pipes, tests).</summary>
    public static TextWriter? TerminalProgress(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? error : null;

    public static CheckResult Check(string path, ValidationContext? context = null, ImportOptions? importOptions = null)
    {
        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new CheckResult(null, [Unreadable(path, e.Message)]);
        }

        return ReportCheck.Run(content, Path.GetFileName(path), context, importOptions);
    }

    private static Finding Unreadable(string path, string reason) => new(
        "F-READ",
        Severity.Error,
        $"无法读取文件“{path}”：{reason}",
        $"Cannot read file '{path}': {reason}",
        ValueList<CellRef>.Empty,
        ValueList<decimal>.Empty,
        new SourceLocation(""));
}
