using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Checking;

/// <summary>
/// What reading and validating one input gave: the report (null when the input is unusable) and every finding,
/// pointed at the input's line and column where it has them.
/// </summary>
public sealed record CheckResult(AnnualReport? Report, IReadOnlyList<Finding> Findings)
{
    /// <summary>The input could be read into a report; arithmetic errors may still stop it from being published.</summary>
    public bool IsUsable => Report is not null;

    public bool HasErrors => Findings.HasErrors();

    /// <summary>Usable and without errors: it can be published (warnings are recorded).</summary>
    public bool IsPublishable => IsUsable && !HasErrors;

    public IEnumerable<Finding> Warnings => Findings.Where(f => f.Severity == Severity.Warning);
}
