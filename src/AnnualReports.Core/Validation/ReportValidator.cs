using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation;

/// <summary>Runs every rule of <see cref="ReportRules.All"/> over a report.</summary>
public static class ReportValidator
{
    /// <summary>
    /// All findings of all rules, ordered by rule id (ordinal), then in the order each rule visits the cells
    /// (table order: rows top to bottom, columns left to right). Pure and deterministic.
    /// </summary>
    public static IReadOnlyList<Finding> Validate(AnnualReport report, ValidationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var effectiveContext = context ?? ValidationContext.None;
        return
        [
            .. ReportRules.All
                .OrderBy(rule => rule.Id, StringComparer.Ordinal)
                .SelectMany(rule => rule.Check(report, effectiveContext)),
        ];
    }
}
