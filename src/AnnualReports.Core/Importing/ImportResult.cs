using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Importing;

/// <summary>
/// The outcome of an import: the report, or null when an error finding means no honest report could be built
/// (a table or row not found, a number that cannot be read); and every finding, errors and warnings.
/// </summary>
public sealed record ImportResult(AnnualReport? Report, IReadOnlyList<Finding> Findings)
{
    public bool Succeeded => Report is not null;
}
