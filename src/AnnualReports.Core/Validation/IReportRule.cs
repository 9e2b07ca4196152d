using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Validation;

/// <summary>
/// One validation rule with a stable id (T3-R1 …). A rule is pure: it reads the report and the context and yields
/// its findings in cell order; it never throws for a well-formed <see cref="AnnualReport"/>.
/// </summary>
public interface IReportRule
{
    /// <summary>Stable id, e.g. <c>T3-R1</c>; never reused for another meaning.</summary>
    string Id { get; }

    Severity Severity { get; }

    /// <summary>What the rule checks, for the office (docs/rules.md, the CLI).</summary>
    string TitleZh { get; }

    /// <summary>What the rule checks, for the operator.</summary>
    string TitleEn { get; }

    IEnumerable<Finding> Check(AnnualReport report, ValidationContext context);
}
