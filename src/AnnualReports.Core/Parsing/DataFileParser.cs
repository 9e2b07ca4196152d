using System.Buffers;
using System.Text;
using System.Text.Unicode;
using AnnualReports.Findings;

using AnnualReports.Regions;

namespace AnnualReports.Parsing;

/// <summary>
/// Parses a data file (JSON, or YAML of the same shape) into an <see cref="Reports.AnnualReport"/>.
/// Never throws: every problem is a <see cref="Finding"/> with its JSON pointer and line:column.
/// </summary>
public static class DataFileParser
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The ASCII characters <see cref="char.IsWhiteSpace(char)"/> accepts.</summary>
    private static readonly SearchValues<byte> AsciiWhiteSpace = SearchValues.Create(" \t\n\v\f\r"u8);

    public static ParseResult Parse(ReadOnlySpan<byte> content, string? fileName) => Parse(content.ToArray(), fileName);

    public static ParseResult Parse(byte[]? content, string? fileName)
    {
        try
        {
            return ParseChecked(content ?? [], fileName);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The contract is "never throws": a reader failure we did not foresee is still a finding, not a crash.
            return Failed(ParseFindings.Syntax("JSON/YAML", null, ex.Message, "", null, null));
        }
    }

    private static ParseResult ParseChecked(byte[] content, string? fileName)
    {
        if (content.Length > ParseLimits.MaxBytes)
        {
            return Failed(ParseFindings.TooLarge(content.Length, ParseLimits.MaxBytes));
        }

        var start = content.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        if (!Utf8.IsValid(content.AsSpan(start)) && Decode(content, start, out _) is { } notUtf8)
        {
            return Failed(notUtf8);
        }

        // JSON is read from the bytes: the text as a string is only needed for YAML, or when the first character
        // that is not ASCII white space is not ASCII (and might be white space of another kind).
        var first = content.AsSpan(start).IndexOfAnyExcept(AsciiWhiteSpace);
        if (first < 0)
        {
            return Failed(ParseFindings.Empty());
        }

        string? text = null;
        if (content[start + first] >= 0x80)
        {
            _ = Decode(content, start, out text);
            if (string.IsNullOrWhiteSpace(text))
            {
                return Failed(ParseFindings.Empty());
            }
        }

        var format = text is null ? DetectFormat(content[start + first], fileName) : DetectFormat(text, fileName);
        if (format == DataFileFormat.Yaml && text is null)
        {
            _ = Decode(content, start, out text);
        }

        var outcome = format == DataFileFormat.Json
            ? JsonTreeReader.Read(content, start)
            : YamlTreeReader.Read(text!);
        var map = SourceMap.From(outcome.Root);
        if (outcome.Root is null)
        {
            return new ParseResult(null, outcome.Findings, map);
        }

        var context = new BindContext();
        foreach (var finding in outcome.Findings)
        {
            context.Add(finding);
        }

        var report = ReportBinder.Bind(outcome.Root, context);
        // The agency gets the division code its region name names when the file gives none (RegionPlacement).
        return new ParseResult(context.HasErrors || report is null ? null : RegionPlacement.Complete(report), InDocumentOrder(context.Findings), map);
    }

    /// <summary>By extension (.json, .yaml, .yml); otherwise JSON if the first non-blank character is <c>{</c>.</summary>
    public static DataFileFormat DetectFormat(string text, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ByExtension(fileName)
            ?? (text.AsSpan().TrimStart().StartsWith("{", StringComparison.Ordinal) ? DataFileFormat.Json : DataFileFormat.Yaml);
    }

    /// <summary><see cref="DetectFormat(string, string?)"/> when the first non-blank character is the ASCII <paramref name="firstByte"/>.</summary>
    private static DataFileFormat DetectFormat(byte firstByte, string? fileName) =>
        ByExtension(fileName) ?? (firstByte == (byte)'{' ? DataFileFormat.Json : DataFileFormat.Yaml);

    private static DataFileFormat? ByExtension(string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? "");
        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return DataFileFormat.Json;
        }

        if (extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return DataFileFormat.Yaml;
        }

        return null;
    }

    private static ParseResult Failed(Finding finding) => new(null, [finding], SourceMap.Empty);

    /// <summary>Strict UTF-8 decoding; a finding at the first invalid byte.</summary>
    private static Finding? Decode(byte[] content, int start, out string text)
    {
        var bytes = content.AsSpan(start);
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                text = "";
                var (line, column) = new LineIndex(content, start).At(start + read);
                return ParseFindings.NotUtf8(start + read, line, column);
            }

            text = new string(chars, 0, written);
            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Findings sorted by line and column, keeping the binder's order for equal positions; the "too many" note last.</summary>
    private static List<Finding> InDocumentOrder(IReadOnlyList<Finding> findings) =>
    [
        .. findings
            .Where(f => f.Location?.Line is not null)
            .OrderBy(f => f.Location!.Line)
            .ThenBy(f => f.Location!.Column),
        .. findings.Where(f => f.Location?.Line is null),
    ];
}
