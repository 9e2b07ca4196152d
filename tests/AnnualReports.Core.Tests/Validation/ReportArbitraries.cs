using AnnualReports.Demo;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using FsCheck;
using FsCheck.Fluent;

namespace AnnualReports.Core.Tests.Validation;

/// <summary>A consistent report with the layout and seed it was generated from (shown when a property fails).</summary>
public sealed record ConsistentReport(LayoutVersion Layout, int Seed)
{
    public AnnualReport Report { get; } = ConsistentReports.Generate(new Random(Seed), Layout);

    public override string ToString() => $"ConsistentReports.Generate(new Random({Seed}), LayoutVersion.{Layout})";
}

/// <summary>A consistent report and the same agency's consistent report for the year before.</summary>
public sealed record ConsistentPair(LayoutVersion Layout, int Seed)
{
    public AnnualReport Previous { get; } = ConsistentReports.Generate(new Random(Seed), Layout);

    public AnnualReport Report => ConsistentReports.Generate(new Random(Seed + 1), Layout, Previous);

    public override string ToString() => $"pair of {Layout} reports from seed {Seed}";
}

/// <summary>One count of table 三 or 四 to change: which cell (reduced modulo the cell count) and a new value.</summary>
public sealed record CountChange(int CellChoice, int NewValue);

public static class ReportArbitraries
{
    private static Gen<LayoutVersion> Layouts => Gen.Elements(LayoutVersion.V2019, LayoutVersion.V2021);

    private static Gen<int> Seeds => Gen.Choose(0, int.MaxValue - 1);

    public static Arbitrary<ConsistentReport> ConsistentReport() =>
        Layouts.SelectMany(layout => Seeds.Select(seed => new ConsistentReport(layout, seed))).ToArbitrary();

    public static Arbitrary<ConsistentPair> ConsistentPair() =>
        Layouts.SelectMany(layout => Seeds.Select(seed => new ConsistentPair(layout, seed))).ToArbitrary();

    public static Arbitrary<CountChange> CountChange() =>
        Gen.Choose(0, 10_000).SelectMany(cell => Gen.Choose(0, 12).Select(value => new CountChange(cell, value))).ToArbitrary();
}
