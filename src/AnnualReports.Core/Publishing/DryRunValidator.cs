using AnnualReports.Findings;

namespace AnnualReports.Publishing;

/// <summary>Checks a data file as an upload would be checked (with last year's published report) and stores nothing.</summary>
public sealed class DryRunValidator(IReportChecker checker, PreviousYearReports previousYears)
{
    public const string DefaultFileName = "upload.json";

    public async Task<FindingsDocument> ValidateAsync(ReadOnlyMemory<byte> content, string? fileName, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(fileName) ? DefaultFileName : fileName;
        var parsed = checker.Parse(content, name);
        if (parsed.Report is not { } report || parsed.Findings.HasErrors())
        {
            return FindingsDocument.From(name, parsed.Findings);
        }

        var previousYear = await previousYears.LoadAsync(report.Metadata.Agency.Id, report.Metadata.Year, cancellationToken).ConfigureAwait(false);
        return FindingsDocument.From(name, [.. parsed.Findings, .. checker.Validate(report, previousYear)]);
    }
}
