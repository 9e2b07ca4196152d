using AnnualReports.Publishing;

namespace AnnualReports.Core.Tests.Publishing;

public class UploadNamesTests
{
    [Theory]
    [InlineData("weixian-2021.json")]
    [InlineData("weixian-gov-office/2021.yaml")]
    [InlineData("河北/威县/2021年报.json")]
    public void AcceptsPlainRelativeNames(string name)
    {
        Assert.Null(UploadNames.Check(name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("../secret.json")]
    [InlineData("a/../../b.json")]
    [InlineData("./a.json")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/reports/a.json")]
    [InlineData("a\\b.json")]
    [InlineData("a//b.json")]
    [InlineData("a/\nb.json")]
    [InlineData("a\u0000.json")]
    public void RejectsPathTricksWithTheNameRule(string name)
    {
        var finding = UploadNames.Check(name);

        Assert.NotNull(finding);
        Assert.Equal(UploadNames.RuleId, finding.RuleId);
        Assert.True(finding.IsError);
    }

    [Fact]
    public void RejectsOverlongNamesAndSaysTheLimit()
    {
        var finding = UploadNames.Check(new string('a', UploadNames.MaxLength + 1));

        Assert.Contains(UploadNames.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), finding?.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowsControlCharactersEscapedInTheMessage()
    {
        var finding = UploadNames.Check("a\u0001b.json");

        Assert.Contains("\\u0001", finding?.MessageZh, StringComparison.Ordinal);
    }
}
