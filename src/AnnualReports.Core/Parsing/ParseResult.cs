using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Parsing;

/// <summary>What parsing a data file gave: the report (null if any finding), every finding, and the source map.</summary>
public sealed record ParseResult(AnnualReport? Report, IReadOnlyList<Finding> Findings, SourceMap Map)
{
    public bool Succeeded => Report is not null;
}
