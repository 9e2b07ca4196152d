using AnnualReports.Findings;
using AnnualReports.Parsing;
using AnnualReports.Reports;
using AnnualReports.Validation;

namespace AnnualReports.Publishing;

/// <summary>The real <see cref="IReportChecker"/>: <see cref="DataFileParser"/>, <see cref="ReportValidator"/> and <see cref="CanonicalJson"/>.</summary>
public sealed class ReportChecker : IReportChecker
{
    public ParsedDataFile Parse(ReadOnlyMemory<byte> content, string fileName)
    {
        var result = DataFileParser.Parse(content.Span, fileName);
        return new ParsedDataFile(result.Report, result.Findings);
    }

    public IReadOnlyList<Finding> Validate(AnnualReport report, AnnualReport? previousYear) =>
        ReportValidator.Validate(report, new ValidationContext(previousYear));

    public byte[] ToCanonicalJson(AnnualReport report) => CanonicalJson.WriteUtf8(report);
}
