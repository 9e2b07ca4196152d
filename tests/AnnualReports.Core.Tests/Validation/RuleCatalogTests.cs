using System.Text.RegularExpressions;
using AnnualReports.TestKit;
using AnnualReports.Validation;

namespace AnnualReports.Core.Tests.Validation;

public partial class RuleCatalogTests
{
    [Fact]
    public void ListsEveryRuleOnceUnderAStableId()
    {
        var ids = ReportRules.All.Select(r => r.Id).ToList();

        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.All(ids, id => Assert.Matches(RuleIdPattern(), id));
        Assert.Equal(ids, RuleCatalog.All.Select(r => r.Id));
    }

    [Fact]
    public void CoversEveryRuleOfTheSpec()
    {
        string[] spec = ["T2-R1", "T2-X1", "T3-R1", "T3-R2", "T3-R3", "T3-R4", "T3-X1", "T4-R1", "T4-R2", "T4-R3", "T4-R4"];

        Assert.All(spec, id => Assert.NotNull(RuleCatalog.Find(id)));
    }

    [Fact]
    public void GivesEveryRuleAChineseAndAnEnglishTitle()
    {
        Assert.All(RuleCatalog.All, r =>
        {
            Assert.Matches(HanPattern(), r.TitleZh);
            Assert.False(string.IsNullOrWhiteSpace(r.TitleEn));
        });
    }

    [Fact]
    public void DocsRulesMdContainsTheCatalogTable()
    {
        var path = RepoPaths.File("docs", "rules.md");
        var doc = File.ReadAllText(path).ReplaceLineEndings("\n");
        var table = RuleCatalog.MarkdownTable();

        Assert.True(
            doc.Contains(table, StringComparison.Ordinal),
            $"docs/rules.md is out of date with RuleCatalog. Replace its rule table with:\n\n{table}");
        Assert.All(RuleCatalog.All, r => Assert.Contains($"| {r.Id} |", doc, StringComparison.Ordinal));
    }

    [GeneratedRegex("^[A-Z][0-9]?-[A-Z][0-9]+$")]
    private static partial Regex RuleIdPattern();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex HanPattern();
}
