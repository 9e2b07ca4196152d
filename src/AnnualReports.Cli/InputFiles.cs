using AnnualReports.Checking;
using AnnualReports.Findings;
using AnnualReports.Importing;
using AnnualReports.Reports;
using AnnualReports.Validation;

namespace AnnualReports.Cli;

/// <summary>Reads a file from disk and checks it; a missing or unreadable file becomes a finding, not an exception.</summary>
public static class InputFiles
{
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
