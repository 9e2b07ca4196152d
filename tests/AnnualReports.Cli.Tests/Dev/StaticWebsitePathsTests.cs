using AnnualReports.Cli.Dev;

namespace AnnualReports.Cli.Tests.Dev;

public class StaticWebsitePathsTests
{
    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("", "index.html")]
    [InlineData("/weixian-gov-office/2021/", "weixian-gov-office/2021/index.html")]
    public void AFolderIsServedByItsIndexDocument(string path, string blob)
    {
        Assert.Equal([blob], StaticWebsitePaths.Candidates(path));
    }

    [Fact]
    public void APathWithoutTrailingSlashIsAFileOrElseAFolder()
    {
        Assert.Equal(["weixian-gov-office/2021", "weixian-gov-office/2021/index.html"], StaticWebsitePaths.Candidates("/weixian-gov-office/2021"));
    }

    [Theory]
    [InlineData("/../archive/x.json")]
    [InlineData("/a/./b")]
    [InlineData("/a//b")]
    [InlineData("/a\\b")]
    public void APathThatTriesToLeaveTheContainerMatchesNothing(string path)
    {
        Assert.Empty(StaticWebsitePaths.Candidates(path));
    }
}
