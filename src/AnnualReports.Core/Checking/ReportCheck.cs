using AnnualReports.Parsing;
using AnnualReports.Validation;

namespace AnnualReports.Checking;

/// <summary>
/// The one entry point from bytes to a checked report, shared by the CLI, the pipeline and the dry-run API:
/// read the data file, validate it, and point every finding at its place in the input.
/// </summary>
public static class ReportCheck
{
    public static CheckResult Run(byte[] content, string fileName, ValidationContext? context = null)
    {
        var parsed = DataFileParser.Parse(content, fileName);
        if (parsed.Report is null)
        {
            return new CheckResult(null, parsed.Findings);
        }

        var findings = parsed.Findings
            .Concat(ReportValidator.Validate(parsed.Report, context).Select(parsed.Map.Locate))
            .ToList();
        return new CheckResult(parsed.Report, findings);
    }
}
