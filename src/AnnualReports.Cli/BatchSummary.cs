using AnnualReports.Checking;
using AnnualReports.Reports;

namespace AnnualReports.Cli;

/// <summary>
/// The one table that ends a run over many files: file, agency, year, layout, errors, warnings, outcome; and the exit
/// code the worst outcome gives (0 all valid, 1 some with errors, 2 some unusable).
/// </summary>
public static class BatchSummary
{
    public static void Write(TextWriter output, IReadOnlyList<(string File, CheckResult Result)> results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        string[] header = ["file", "agency", "year", "layout", "errors", "warnings", "outcome"];
        var rows = results.Select(r => Row(r.File, r.Result)).ToList();
        var widths = header.Select((h, i) => Math.Max(Width(h), rows.Count == 0 ? 0 : rows.Max(row => Width(row[i])))).ToArray();
        output.WriteLine();
        Line(output, header, widths);
        output.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            Line(output, row, widths);
        }

        var (valid, invalid, unusable) = (
            results.Count(r => r.Result.IsPublishable),
            results.Count(r => r.Result.IsUsable && r.Result.HasErrors),
            results.Count(r => !r.Result.IsUsable));
        output.WriteLine($"{results.Count} file(s): {valid} valid, {invalid} with errors, {unusable} unusable");
    }

    public static int ExitCode(IEnumerable<CheckResult> results)
    {
        var list = results.ToList();
        return list.Any(r => !r.IsUsable) ? ExitCodes.UnusableInput
            : list.Any(r => r.HasErrors) ? ExitCodes.ErrorsFound
            : ExitCodes.Valid;
    }

    public static string Outcome(CheckResult result) => !result.IsUsable ? "unusable" : result.HasErrors ? "invalid" : "valid";

    private static string[] Row(string file, CheckResult result)
    {
        var errors = result.Findings.Count(f => f.IsError);
        var meta = result.Report?.Metadata;
        return
        [
            file,
            meta?.Agency.Name ?? "",
            meta is null ? "" : meta.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            result.Report?.Layout.ToCode() ?? "",
            errors.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (result.Findings.Count - errors).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Outcome(result) + (result.IsUsable ? "" : $" ({result.Findings.FirstOrDefault(f => f.IsError)?.RuleId})"),
        ];
    }

    private static void Line(TextWriter output, string[] cells, int[] widths) =>
        output.WriteLine(string.Join(" | ", cells.Select((c, i) => c + new string(' ', widths[i] - Width(c)))).TrimEnd());

    /// <summary>Terminal columns: CJK characters take two.</summary>
    private static int Width(string text) => text.Sum(c => c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)) ? 2 : 1);
}
