using AnnualReports.Checking;
using AnnualReports.Findings;
using AnnualReports.Validation;

namespace AnnualReports.Publishing;

/// <summary>Checks a data file (or .docx/.txt) as an upload would be checked (with last year's published report) and stores nothing.</summary>
public sealed class DryRunValidator(PreviousYearReports previousYears, UploadImportOptions importOptions)
{
    public const string DefaultFileName = "upload.json";

    public async Task<FindingsDocument> ValidateAsync(ReadOnlyMemory<byte> content, string? fileName, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(fileName) ? DefaultFileName : fileName;
        var parsed = await importOptions.ReadAsync(content, name, cancellationToken).ConfigureAwait(false);
        if (parsed.Report is not { } report || parsed.Findings.HasErrors())
        {
            return FindingsDocument.From(name, parsed.Findings);
        }

        var previousYear = await previousYears.LoadAsync(report.Metadata.Agency.Id, report.Metadata.Year, cancellationToken).ConfigureAwait(false);
        return FindingsDocument.From(name, parsed.With(ReportValidator.Validate(report, new ValidationContext(previousYear))));
    }
}
