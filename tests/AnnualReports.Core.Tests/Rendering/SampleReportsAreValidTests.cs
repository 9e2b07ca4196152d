using AnnualReports.Findings;
using AnnualReports.TestKit;
using AnnualReports.Validation;

namespace AnnualReports.Core.Tests.Rendering;

/// <summary>The reports the rendering tests and golden files use are consistent, so the pages show publishable data.</summary>
public class SampleReportsAreValidTests
{
    [Fact]
    public void The2019SampleValidatesWithNoErrors() =>
        Assert.DoesNotContain(ReportValidator.Validate(SampleReports.Sample2019()), f => f.IsError);

    [Fact]
    public void TheSeedValidatesWithNoErrors() =>
        Assert.False(ReportValidator.Validate(SampleReports.Weixian2021()).HasErrors());
}
