using System.Globalization;
using AnnualReports.Demo;
using AnnualReports.Reports;

namespace AnnualReports.Bench;

/// <summary>
/// Agencies with year chains of consistent reports (<see cref="ConsistentReports.Generate"/> with <c>previous</c>),
/// from a fixed seed so every run benchmarks the same site. Agency <c>n</c> is <c>agency-0001</c>… with a name of its own.
/// </summary>
internal static class SyntheticReports
{
    public const int Seed = 20_250_601;

    /// <summary>Each agency's reports, oldest first: 2019 and 2020 in the 2019 layout, then the 2021 layout.</summary>
    public static IEnumerable<AnnualReport> Agency(Random rng, int number, int years)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"agency-{number:D4}");
        var kind = rng.Next(2) == 0 ? AgencyKind.Department : AgencyKind.PeoplesGovernment;
        return DemoSite.YearChain(rng, new Agency(id, $"第{number}号测试机关", kind, "测试省测试市"), years);
    }

    /// <summary><paramref name="agencies"/> × <paramref name="years"/> reports, agency by agency.</summary>
    public static IEnumerable<AnnualReport> Site(int agencies, int years)
    {
        var rng = new Random(Seed);
        for (var n = 1; n <= agencies; n++)
        {
            foreach (var report in Agency(rng, n, years))
            {
                yield return report;
            }
        }
    }
}
