using AnnualReports.Checking;
using AnnualReports.Findings;

namespace AnnualReports.Cli;

/// <summary>Human-readable findings: one block per finding, Chinese for the office and English for the operator.</summary>
public static class FindingsText
{
    public static void Write(TextWriter output, string file, CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var errors = result.Findings.Count(f => f.IsError);
        var warnings = result.Findings.Count - errors;
        var status = !result.IsUsable ? "UNUSABLE" : errors > 0 ? "INVALID" : "VALID";
        output.WriteLine($"{file}: {status} ({errors} error(s), {warnings} warning(s))");
        foreach (var finding in result.Findings)
        {
            var where = finding.Location is { } l ? $" {l}" : "";
            output.WriteLine($"  {finding.Severity.ToString().ToUpperInvariant()} {finding.RuleId}{where}");
            output.WriteLine($"    {finding.MessageZh}");
            output.WriteLine($"    {finding.MessageEn}");
        }
    }
}
