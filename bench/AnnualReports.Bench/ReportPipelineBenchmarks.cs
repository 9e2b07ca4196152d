using AnnualReports.Parsing;
using AnnualReports.Rendering;
using AnnualReports.Reports;
using AnnualReports.TestKit;
using AnnualReports.Validation;
using BenchmarkDotNet.Attributes;

namespace AnnualReports.Bench;

/// <summary>
/// One seed-sized report through the pipeline: bytes → parse → validate → render to the UTF-8 bytes that are
/// uploaded, and each stage alone.
/// </summary>
[MemoryDiagnoser]
public class ReportPipelineBenchmarks
{
    private readonly SiteRenderer _renderer = new(SiteOptions.Local);
    private byte[] _seed = [];
    private AnnualReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seed = File.ReadAllBytes(RepoPaths.File("seeds", "weixian-2021.json"));
        _report = DataFileParser.Parse(_seed, "weixian-2021.json").Report
            ?? throw new InvalidOperationException("The seed does not parse.");
    }

    [Benchmark(Baseline = true, Description = "parse + validate + render")]
    public byte[] ParseValidateRender()
    {
        var report = DataFileParser.Parse(_seed, "weixian-2021.json").Report!;
        var findings = ReportValidator.Validate(report);
        return findings.Count >= 0 ? _renderer.RenderReportPageUtf8(report) : [];
    }

    [Benchmark(Description = "parse")]
    public AnnualReport? Parse() => DataFileParser.Parse(_seed, "weixian-2021.json").Report;

    [Benchmark(Description = "validate")]
    public int Validate() => ReportValidator.Validate(_report).Count;

    [Benchmark(Description = "render")]
    public byte[] Render() => _renderer.RenderReportPageUtf8(_report);
}
