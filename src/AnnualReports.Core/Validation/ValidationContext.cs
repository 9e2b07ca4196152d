using AnnualReports.Reports;

namespace AnnualReports.Validation;

/// <summary>What the validator may know beyond the report itself.</summary>
/// <param name="PreviousYear">
/// The same agency's report for the year before; the cross-year rules (T3-X1, T2-X1) run only when it is given
/// and its year is exactly one less.
/// </param>
public sealed record ValidationContext(AnnualReport? PreviousYear = null)
{
    public static ValidationContext None { get; } = new();

    /// <summary>The previous report when it really is the year before this one, else null.</summary>
    public AnnualReport? PreviousYearOf(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return PreviousYear is { } previous && previous.Metadata.Year == report.Metadata.Year - 1 ? previous : null;
    }
}
