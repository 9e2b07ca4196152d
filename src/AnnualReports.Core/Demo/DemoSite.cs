using System.Globalization;
using AnnualReports.Reports;
using AnnualReports.Validation;

namespace AnnualReports.Demo;

/// <summary>
/// A small made-up site for the local run and for demonstrations: agencies of a county, its city and province, and
/// of a county in two other provinces, each with a chain of consistent reports (<see cref="ConsistentReports"/>)
/// over several years, 2019–2020 in the trial layout and then the 2021 layout. Every report passes validation; the
/// same seed gives the same site. The names are real places; the agencies' ids start with <c>demo-</c> and their
/// figures are random, which the page shows as an ordinary report: this is for trying the site out, never for publishing.
/// </summary>
public static class DemoSite
{
    public const int Seed = 20_211_231;

    private static readonly Agency[] Agencies =
    [
        new("demo-weixian-gov", "威县人民政府（演示）", AgencyKind.PeoplesGovernment, "河北省邢台市威县", "130533"),
        new("demo-weixian-education", "威县教育局（演示）", AgencyKind.Department, "河北省邢台市威县", "130533"),
        new("demo-weixian-health", "威县卫生健康局（演示）", AgencyKind.Department, "河北省邢台市威县", "130533"),
        new("demo-xingtai-gov-office", "邢台市人民政府办公室（演示）", AgencyKind.Department, "河北省邢台市", "130500"),
        new("demo-xingtai-resources", "邢台市自然资源和规划局（演示）", AgencyKind.Department, "河北省邢台市", "130500"),
        new("demo-hebei-gov-office", "河北省人民政府办公厅（演示）", AgencyKind.Department, "河北省", "130000"),
        new("demo-wendeng-gov", "威海市文登区人民政府（演示）", AgencyKind.PeoplesGovernment, "山东省威海市文登区", "371003"),
        new("demo-wendeng-education", "威海市文登区教育和体育局（演示）", AgencyKind.Department, "山东省威海市文登区", "371003"),
        new("demo-hongze-gov", "淮安市洪泽区人民政府（演示）", AgencyKind.PeoplesGovernment, "江苏省淮安市洪泽区", "320813"),
    ];

    /// <summary>Every demo report, agency by agency, oldest year first: <paramref name="years"/> per agency (one to six).</summary>
    public static IEnumerable<AnnualReport> Reports(int years = 6)
    {
        var rng = new Random(Seed);
        foreach (var agency in Agencies)
        {
            foreach (var report in YearChain(rng, agency, Math.Clamp(years, 1, 6)))
            {
                yield return report;
            }
        }
    }

    /// <summary>
    /// <paramref name="years"/> consistent reports of <paramref name="agency"/> from 2019 or 2020 on (the trial layout
    /// until 2020), each agreeing with the year before.
    /// </summary>
    public static IEnumerable<AnnualReport> YearChain(Random rng, Agency agency, int years)
    {
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentNullException.ThrowIfNull(agency);
        var report = As(ConsistentReports.Generate(rng, LayoutVersion.V2019), agency);
        yield return report;
        for (var i = 1; i < years; i++)
        {
            var layout = report.Metadata.Year + 1 >= ReportYears.First2021Layout ? LayoutVersion.V2021 : LayoutVersion.V2019;
            report = ConsistentReports.Generate(rng, layout, report);
            yield return report;
        }
    }

    /// <summary>The upload name a demo report is published under (top level: an operator's upload).</summary>
    public static string UploadName(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return string.Create(CultureInfo.InvariantCulture, $"{report.Metadata.Agency.Id}-{report.Metadata.Year}.json");
    }

    private static AnnualReport As(AnnualReport report, Agency agency) => report with
    {
        Metadata = report.Metadata with { Agency = agency, CompiledBy = agency.Name },
        ClosingNotes = ValueList.Of($"本年度报告由{agency.Name}编制。"),
    };
}
