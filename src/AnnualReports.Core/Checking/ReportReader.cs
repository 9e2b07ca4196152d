using AnnualReports.Findings;
using AnnualReports.Importing;
using AnnualReports.Parsing;
using AnnualReports.Reports;

namespace AnnualReports.Checking;

/// <summary>
/// Reads any accepted input into a report, told by its extension: the data file (.json, .yaml, .yml) or a document as
/// offices have it (.docx, .txt, …) through the importers. Any other type, or none, is refused with <c>U-TYPE</c>
/// naming the accepted types. Never throws.
/// </summary>
public static class ReportReader
{
    /// <summary>The rule id of an input whose file type is not accepted.</summary>
    public const string UnsupportedTypeRuleId = "U-TYPE";

    public static IReadOnlyList<string> SupportedExtensions { get; } = [".json", ".yaml", ".yml", .. ReportImporter.SupportedExtensions];

    public static bool Supports(string? fileName) =>
        SupportedExtensions.Contains(Path.GetExtension(fileName ?? "").ToLowerInvariant());

    public static ReadResult Read(ReadOnlyMemory<byte> content, string fileName, ImportOptions? importOptions = null) =>
        Read(content.ToArray(), fileName, importOptions);

    public static ReadResult Read(byte[] content, string fileName, ImportOptions? importOptions = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!Supports(fileName))
        {
            return new ReadResult(null, [UnsupportedType(fileName)], SourceMap.Empty);
        }

        if (ReportImporter.Supports(fileName))
        {
            var imported = ReportImporter.Import(content, fileName, importOptions);
            return new ReadResult(imported.Report, imported.Findings, SourceMap.Empty);
        }

        var parsed = DataFileParser.Parse(content, fileName);
        return new ReadResult(parsed.Report, parsed.Findings, parsed.Map);
    }

    /// <summary>U-TYPE: the file type is not one the reader accepts; names the accepted ones.</summary>
    public static Finding UnsupportedType(string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? "");
        var accepted = string.Join(" ", SupportedExtensions);
        var (what, whatEn) = extension.Length == 0
            ? ("没有扩展名的文件", "A file without extension")
            : ($"“{extension}”文件", $"A \"{extension}\" file");
        return new Finding(
            UnsupportedTypeRuleId,
            Severity.Error,
            $"不支持{what}。可以上传的文件类型：{accepted}（数据文件、Word 文档、纯文本等）。",
            $"{whatEn} is not supported. Accepted file types: {accepted}.",
            ValueList<CellRef>.Empty,
            ValueList<decimal>.Empty,
            new SourceLocation(""));
    }
}

/// <summary>A report read from an input, the findings of reading it, and where each field is in the input.</summary>
public sealed record ReadResult(AnnualReport? Report, IReadOnlyList<Finding> Findings, SourceMap Map)
{
    /// <summary>Points findings (e.g. the validator's) at the input's line and column where it has them.</summary>
    public IEnumerable<Finding> Locate(IEnumerable<Finding> findings) => findings.Select(Map.Locate);

    /// <summary>The reading findings followed by <paramref name="validation"/>, located in the input.</summary>
    public IReadOnlyList<Finding> With(IEnumerable<Finding> validation) => [.. Findings, .. Locate(validation)];
}
