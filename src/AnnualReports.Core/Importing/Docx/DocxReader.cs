using System.IO.Compression;
using System.Text;
using System.Xml;
using AnnualReports.Findings;
using AnnualReports.Importing.TextModel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AnnualReports.Importing.Docx;

/// <summary>
/// Reads a Word document's body into paragraphs and tables, with gridSpan and vMerge resolved onto the table grid.
/// The package is checked with System.IO.Compression before OpenXml sees it: entry count, total uncompressed size and
/// compression ratio; then the document part's XML nesting depth. Every failure is a finding, never an exception.
/// </summary>
public static class DocxReader
{
    public sealed record Result(IReadOnlyList<DocumentBlock>? Blocks, IReadOnlyList<Finding> Findings);

    private static readonly SourceLocation FileLocation = new("");

    public static Result Read(byte[] content, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        if (content.Length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4)
        {
            return Fail(ImportFindings.NotAZip,
                "文件不是 Word 文档（.docx 应是 zip 格式）。如果是旧版 .doc 文件，请在 Word 中另存为 .docx。",
                "The file is not a Word document (a .docx is a zip package). If it is an old .doc, save it as .docx in Word.");
        }

        try
        {
            if (CheckPackage(content, options) is { } packageProblem)
            {
                return new Result(null, [packageProblem]);
            }

            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings
            {
                MaxCharactersInPart = options.MaxUncompressedBytes,
            });
            var main = document.MainDocumentPart;
            if (main is null)
            {
                return Fail(ImportFindings.CorruptDocument, "Word 文档中没有正文部分。", "The Word document has no main document part.");
            }

            if (CheckDepth(main, options) is { } depthProblem)
            {
                return new Result(null, [depthProblem]);
            }

            var body = main.Document?.Body;
            if (body is null)
            {
                return Fail(ImportFindings.CorruptDocument, "Word 文档中没有正文。", "The Word document has no body.");
            }

            var blocks = new List<DocumentBlock>();
            ReadBlocks(body.ChildElements, blocks);
            return new Result(blocks, []);
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or XmlException or IOException
            or InvalidOperationException or NotSupportedException or FileFormatException)
        {
            return Fail(ImportFindings.CorruptDocument,
                "Word 文档已损坏或不完整，无法读取。请在 Word 中打开并重新保存后再上传。",
                $"The Word document is damaged or incomplete and cannot be read ({e.GetType().Name}). Open and re-save it in Word.");
        }
    }

    private static Finding? CheckPackage(byte[] content, ImportOptions options)
    {
        using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > options.MaxZipEntries)
        {
            return Error(ImportFindings.TooManyEntries,
                $"Word 文档包含 {zip.Entries.Count} 个内部文件，超过上限 {options.MaxZipEntries}，不予处理。",
                $"The document package holds {zip.Entries.Count} entries; the limit is {options.MaxZipEntries}.");
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            var ratio = entry.CompressedLength == 0 ? (entry.Length == 0 ? 0 : double.PositiveInfinity) : (double)entry.Length / entry.CompressedLength;
            if (ratio > options.MaxCompressionRatio && entry.Length > 1024 * 1024)
            {
                return Error(ImportFindings.ExpandsTooMuch,
                    $"Word 文档中的“{entry.FullName}”解压后膨胀 {ratio:0} 倍，超过上限 {options.MaxCompressionRatio:0} 倍，疑似压缩炸弹，不予处理。",
                    $"Entry \"{entry.FullName}\" expands {ratio:0}x (limit {options.MaxCompressionRatio:0}x); refusing a likely zip bomb.");
            }
        }

        return total > options.MaxUncompressedBytes
            ? Error(ImportFindings.ExpandsTooMuch,
                $"Word 文档解压后共 {total} 字节，超过上限 {options.MaxUncompressedBytes} 字节，不予处理。",
                $"The document expands to {total} bytes; the limit is {options.MaxUncompressedBytes} bytes.")
            : null;
    }

    private static Finding? CheckDepth(MainDocumentPart main, ImportOptions options)
    {
        using var part = main.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(part, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = options.MaxUncompressedBytes,
        });
        while (reader.Read())
        {
            if (reader.Depth > options.MaxXmlDepth)
            {
                return Error(ImportFindings.NestedTooDeep,
                    $"Word 文档正文的 XML 嵌套超过 {options.MaxXmlDepth} 层，不予处理。",
                    $"The document's XML nests deeper than {options.MaxXmlDepth} levels; refusing it.");
            }
        }

        return null;
    }

    private static void ReadBlocks(IEnumerable<OpenXmlElement> elements, List<DocumentBlock> blocks)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    blocks.Add(new DocumentParagraph(TextOf(paragraph).Trim(), IsHeading: IsHeading(paragraph)));
                    break;
                case Table table:
                    blocks.Add(ReadTable(table));
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } sdtContent:
                    ReadBlocks(sdtContent.ChildElements, blocks);
                    break;
                default:
                    break;
            }
        }
    }

    private static DocumentTable ReadTable(Table table)
    {
        var rows = new List<DocumentRow>();
        foreach (var row in table.Elements<TableRow>())
        {
            var column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            var cells = new List<DocumentCell>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var merge = properties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var text = continues ? "" : string.Join("\n", cell.Elements<Paragraph>().Select(TextOf));
                cells.Add(new DocumentCell(text, column, span, continues));
                column += span;
            }

            rows.Add(new DocumentRow(cells));
        }

        return new DocumentTable(rows);
    }

    private static string TextOf(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar:
                    builder.Append(' ');
                    break;
                case Break:
                case CarriageReturn:
                    builder.Append('\n');
                    break;
                default:
                    break;
            }
        }

        return builder.ToString();
    }

    private static bool IsHeading(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var style = properties?.ParagraphStyleId?.Val?.Value ?? "";
        return properties?.OutlineLevel is not null
            || style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase)
            || style.StartsWith("标题", StringComparison.Ordinal);
    }

    private static Result Fail(string ruleId, string zh, string en) => new(null, [Error(ruleId, zh, en)]);

    private static Finding Error(string ruleId, string zh, string en) => ImportFindings.Error(ruleId, zh, en, FileLocation);
}
