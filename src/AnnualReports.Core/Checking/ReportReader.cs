using AnnualReports.Findings;
using AnnualReports.Importing;
using AnnualReports.Parsing;

namespace AnnualReports.Checking;

/// <summary>
/// Reads any accepted input into a report: the data file (.json, .yaml, .yml, or JSON/YAML told by its content) or
/// a document as offices have it (.docx, .txt) through the importers. Never throws.
/// </summary>
public static class ReportReader
{
    public static IReadOnlyList<string> SupportedExtensions { get; } = [".json", ".yaml", ".yml", .. ReportImporter.SupportedExtensions];

    public static ReadResult Read(ReadOnlyMemory<byte> content, string fileName, ImportOptions? importOptions = null) =>
        Read(content.ToArray(), fileName, importOptions);

    public static ReadResult Read(byte[] content, string fileName, ImportOptions? importOptions = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (ReportImporter.Supports(fileName))
        {
            var imported = ReportImporter.Import(content, fileName, importOptions);
            return new ReadResult(imported.Report, imported.Findings, SourceMap.Empty);
        }

        var parsed = DataFileParser.Parse(content, fileName);
        return new ReadResult(parsed.Report, parsed.Findings, parsed.Map);
    }
}

/// <summary>A report read from an input, the findings of reading it, and where each field is in the input.</summary>
public sealed record ReadResult(Reports.AnnualReport? Report, IReadOnlyList<Finding> Findings, SourceMap Map)
{
    /// <summary>Points findings (e.g. the validator's) at the input's line and column where it has them.</summary>
    public IEnumerable<Finding> Locate(IEnumerable<Finding> findings) => findings.Select(Map.Locate);

    /// <summary>The reading findings followed by <paramref name="validation"/>, located in the input.</summary>
    public IReadOnlyList<Finding> With(IEnumerable<Finding> validation) => [.. Findings, .. Locate(validation)];
}
