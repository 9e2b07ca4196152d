using AnnualReports.Rendering;

namespace AnnualReports.Core.Tests.Rendering;

public class CellTextTests
{
    [Theory]
    [InlineData("7730.280", "7730.28")]
    [InlineData("59237.2449", "59237.2449")]
    [InlineData("0", "0")]
    [InlineData("0.00", "0")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("120", "120")]
    public void AmountsRenderAsWrittenWithoutTrailingZerosOrExponents(string written, string expected) =>
        Assert.Equal(expected, CellText.Of(decimal.Parse(written, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void BlankStaysBlankAndZeroStaysZero()
    {
        Assert.Equal("", CellText.Of((int?)null));
        Assert.Equal("", CellText.Of((decimal?)null));
        Assert.Equal("0", CellText.Of(0));
        Assert.Equal("-2", CellText.Of(-2));
    }

    [Fact]
    public void NumbersIgnoreTheCurrentCulture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("7730.28", CellText.Of(7730.28m));
            Assert.Equal("12345", CellText.Of(12345));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void DatesAreWrittenInChinese() => Assert.Equal("2022年1月20日", CellText.Of(new DateOnly(2022, 1, 20)));
}
