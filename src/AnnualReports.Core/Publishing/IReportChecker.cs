using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Publishing;

/// <summary>
/// Reads and checks data files for the publishing use cases: the parser, the validator and the canonical writer
/// behind one seam (<see cref="ReportChecker"/> is the real one).
/// </summary>
public interface IReportChecker
{
    /// <summary>Parses a data file (JSON or YAML, told by <paramref name="fileName"/>).</summary>
    ParsedDataFile Parse(ReadOnlyMemory<byte> content, string fileName);

    /// <summary>Every rule; <paramref name="previousYear"/> enables the cross-year rules.</summary>
    IReadOnlyList<Finding> Validate(AnnualReport report, AnnualReport? previousYear);

    /// <summary>The deterministic canonical data file of the report.</summary>
    byte[] ToCanonicalJson(AnnualReport report);
}

/// <param name="Report">The report, <c>null</c> when the file could not be read as one.</param>
public sealed record ParsedDataFile(AnnualReport? Report, IReadOnlyList<Finding> Findings);
