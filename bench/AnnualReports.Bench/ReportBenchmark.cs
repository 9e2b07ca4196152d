using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AnnualReports.Bench;

/// <summary>Runs <see cref="ReportPipelineBenchmarks"/> in-process with a short job and adds its figures to the table.</summary>
internal static class ReportBenchmark
{
    private const double TargetMilliseconds = 0.5;
    private const double TargetKilobytes = 200;

    public static void Run(ResultTable table)
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(10)
            .WithIterationCount(20)
            .WithId("short-inprocess");
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"))
            .WithOptions(ConfigOptions.DisableLogFile);
        var summary = BenchmarkRunner.Run<ReportPipelineBenchmarks>(config);

        foreach (var report in summary.Reports.Where(r => r.Success && r.ResultStatistics is not null))
        {
            var name = report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'');
            var milliseconds = report.ResultStatistics!.Mean / 1e6;
            var kilobytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) / 1024.0 ?? double.NaN;
            var whole = report.BenchmarkCase.Descriptor.Baseline;
            table.Add("per report", $"{name}: time", milliseconds, "ms", whole ? TargetMilliseconds : null, lowerIsBetter: true);
            table.Add("per report", $"{name}: allocated", kilobytes, "KB", whole ? TargetKilobytes : null, lowerIsBetter: true);
        }

        if (!summary.Reports.Any(r => r.Success))
        {
            table.Fail("per report", "BenchmarkDotNet produced no results");
        }
    }
}
