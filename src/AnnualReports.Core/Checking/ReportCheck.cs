using AnnualReports.Importing;
using AnnualReports.Validation;

namespace AnnualReports.Checking;

/// <summary>
/// From bytes to a checked report in one call, for the CLI and the dry-run API: read the input
/// (<see cref="ReportReader"/>), validate it, and point every finding at its place in the input.
/// </summary>
public static class ReportCheck
{
    public static CheckResult Run(byte[] content, string fileName, ValidationContext? context = null, ImportOptions? importOptions = null)
    {
        var read = ReportReader.Read(content, fileName, importOptions);
        if (read.Report is null)
        {
            return new CheckResult(null, read.Findings);
        }

        return new CheckResult(read.Report, read.With(ReportValidator.Validate(read.Report, context)));
    }
}
