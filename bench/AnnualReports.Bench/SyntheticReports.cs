using System.Globalization;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using AnnualReports.Validation;

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
        var first = ConsistentReports.Generate(rng, LayoutVersion.V2019);
        var id = string.Create(CultureInfo.InvariantCulture, $"agency-{number:D4}");
        var agency = new Agency(id, $"第{number}号测试机关", first.Metadata.Agency.Kind, "测试省测试市");
        var report = first with
        {
            Metadata = first.Metadata with { Agency = agency, CompiledBy = agency.Name },
            ClosingNotes = ValueList.Of($"本年度报告由{agency.Name}编制。"),
        };
        yield return report;
        for (var i = 1; i < years; i++)
        {
            var layout = report.Metadata.Year + 1 >= ReportYears.First2021Layout ? LayoutVersion.V2021 : LayoutVersion.V2019;
            report = ConsistentReports.Generate(rng, layout, report);
            yield return report;
        }
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
