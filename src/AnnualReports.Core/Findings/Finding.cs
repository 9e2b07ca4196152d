using AnnualReports.Reports;

namespace AnnualReports.Findings;

/// <summary>
/// One problem found in a data file or a report: a stable rule id (T3-R1 …), its severity, a message for the
/// office (Chinese) and one for the operator (English), the cells and numbers involved, and where it is in the input.
/// </summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string MessageZh,
    string MessageEn,
    ValueList<CellRef> Cells,
    ValueList<decimal> Numbers,
    SourceLocation? Location = null)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{RuleId} {Severity.ToString().ToUpperInvariant()}{(Location is null ? "" : $" at {Location}")}: {MessageEn}";
}

public static class FindingList
{
    public static bool HasErrors(this IEnumerable<Finding> findings) => findings.Any(f => f.IsError);
}
