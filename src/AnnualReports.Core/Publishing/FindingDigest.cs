using AnnualReports.Findings;

namespace AnnualReports.Publishing;

/// <summary>A finding as the tables and the HTTP API keep it: the rule, both messages and the first cell.</summary>
public sealed record FindingDigest(string RuleId, Severity Severity, string MessageZh, string MessageEn, string? Pointer)
{
    public static FindingDigest From(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new FindingDigest(
            finding.RuleId,
            finding.Severity,
            finding.MessageZh,
            finding.MessageEn,
            (finding.Cells.Count > 0 ? finding.Cells[0].Pointer : finding.Location?.Pointer));
    }
}
