using AnnualReports.Regions;

namespace AnnualReports.Core.Tests.Regions;

public class DivisionsTests
{
    private static Divisions List => Divisions.Embedded;

    [Fact]
    public void TheEmbeddedListHoldsEveryProvinceAndTheCountiesUnderThem()
    {
        Assert.Equal(31, List.ChildrenOf(Divisions.National).Count);
        Assert.InRange(List.Count, 3000, 3500);
        Assert.Equal(["000000", "130000", "130500", "130533"], List.Chain("130533").Select(d => d.Code));
        Assert.Equal(DivisionLevel.County, List.Find("130533")?.Level);
        Assert.Equal("河北省邢台市威县", List.FullName("130533"));
    }

    [Fact]
    public void PlaceholderLevelsOfTheStatisticsListAreNotRegions()
    {
        // 北京市 → 市辖区 → 东城区 in the source; the site hangs 东城区 on 北京市.
        Assert.Equal(["000000", "110000", "110101"], List.Chain("110101").Select(d => d.Code));
        Assert.Null(List.Find("110100"));
        // 东莞市 has no counties and appears once.
        Assert.Equal(DivisionLevel.Prefecture, List.Find("441900")?.Level);
    }

    [Theory]
    [InlineData("河北省邢台市威县", "130533")]
    [InlineData("邢台市威县", "130533")]
    [InlineData("威县", "130533")]
    [InlineData("河北省", "130000")]
    [InlineData("山东省威海市文登区", "371003")]
    [InlineData("北京市东城区", "110101")]
    [InlineData("中央", "000000")]
    public void AnUnambiguousNameNamesOneDivision(string name, string code) =>
        Assert.Equal(code, List.Match(name).Division?.Code);

    [Fact]
    public void ANameSeveralDivisionsShareIsAmbiguous()
    {
        var match = List.Match("朝阳区");

        Assert.Null(match.Division);
        Assert.Equal(["110105", "220104"], match.Candidates.Select(c => c.Code));
    }

    [Theory]
    [InlineData("台市威县")]
    [InlineData("某省某市某县")]
    [InlineData("")]
    public void ANameThatDoesNotStartAtADivisionBoundaryNamesNothing(string name)
    {
        var match = List.Match(name);

        Assert.Null(match.Division);
        Assert.Empty(match.Candidates);
    }

    [Fact]
    public void AnAgencyWithAnUnknownCodeOrNoPlaceSitsAtTheNationalLevel()
    {
        Assert.Equal("000000", RegionPlacement.CodeOf("139999", "河北省邢台市威县"));
        Assert.Equal("000000", RegionPlacement.CodeOf(null, "朝阳区"));
        Assert.Equal("130533", RegionPlacement.CodeOf(null, "河北省邢台市威县"));
    }
}
