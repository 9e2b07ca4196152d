using System.Text;
using AnnualReports.Findings;

namespace AnnualReports.Validation;

/// <summary>A rule as documentation sees it.</summary>
public sealed record RuleDescription(string Id, Severity Severity, string TitleZh, string TitleEn)
{
    public string SeverityCode => Severity == Severity.Error ? "error" : "warning";
}

/// <summary>
/// The ids, severities and titles of every validation rule, for docs/rules.md, the CLI and the operator's pages.
/// </summary>
public static class RuleCatalog
{
    public static IReadOnlyList<RuleDescription> All { get; } =
        [.. ReportRules.All.Select(r => new RuleDescription(r.Id, r.Severity, r.TitleZh, r.TitleEn))];

    public static RuleDescription? Find(string id) => All.FirstOrDefault(r => r.Id == id);

    /// <summary>The Markdown table docs/rules.md contains verbatim (a test keeps them equal).</summary>
    public static string MarkdownTable()
    {
        var table = new StringBuilder()
            .Append("| Id | Severity | 检查内容 | What it checks |\n")
            .Append("|---|---|---|---|\n");
        foreach (var rule in All)
        {
            table.Append("| ").Append(rule.Id)
                .Append(" | ").Append(rule.SeverityCode)
                .Append(" | ").Append(Escape(rule.TitleZh))
                .Append(" | ").Append(Escape(rule.TitleEn))
                .Append(" |\n");
        }

        return table.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
