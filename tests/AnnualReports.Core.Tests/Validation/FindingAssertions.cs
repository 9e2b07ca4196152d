using AnnualReports.Findings;

namespace AnnualReports.Core.Tests.Validation;

internal static class FindingAssertions
{
    /// <summary>Asserts the exact set of rule ids found, so a test proves its report breaks only the rule it names.</summary>
    public static void AssertRules(IEnumerable<Finding> findings, params string[] expected) =>
        Assert.Equal(
            expected.Order(StringComparer.Ordinal),
            findings.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal));

    public static IReadOnlyList<string> Pointers(this Finding finding) => [.. finding.Cells.Select(c => c.Pointer)];

    public static IReadOnlyList<decimal> NumberList(this Finding finding) => [.. finding.Numbers];
}
