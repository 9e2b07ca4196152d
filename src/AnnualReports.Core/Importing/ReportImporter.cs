using AnnualReports.Findings;
using AnnualReports.Importing.Docx;
using AnnualReports.Importing.Html;
using AnnualReports.Importing.Pdf;
using AnnualReports.Importing.Recognition;
using AnnualReports.Importing.Text;
using AnnualReports.Regions;

namespace AnnualReports.Importing;

/// <summary>
/// Imports a report as offices and archives have it — a Word document (.docx), Word's plain-text export (.txt, UTF-8 or
/// GB18030), or the portal's web page (.html, .htm) — into an <see cref="Reports.AnnualReport"/>. Pure: bytes in,
/// report and findings out; never throws on bad input.
/// </summary>
public static class ReportImporter
{
    public static IReadOnlyList<string> SupportedExtensions { get; } = [".docx", ".txt", ".html", ".htm", ".pdf"];

    public static bool Supports(string fileName) =>
        SupportedExtensions.Contains(Path.GetExtension(fileName ?? "").ToLowerInvariant());

    /// <summary>Imports a document; the agency gets the division code its region name names unambiguously (<see cref="RegionPlacement"/>).</summary>
    public static ImportResult Import(byte[] content, string fileName, ImportOptions? options = null)
    {
        var result = ImportUnplaced(content, fileName, options);
        return result.Report is { } report ? result with { Report = RegionPlacement.Complete(report) } : result;
    }

    private static ImportResult ImportUnplaced(byte[] content, string fileName, ImportOptions? options)
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= ImportOptions.Default;
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        var location = new SourceLocation("");
        if (!SupportedExtensions.Contains(extension))
        {
            return Fail(ImportFindings.Error(
                ImportFindings.UnsupportedFileType,
                $"不支持“{extension}”文件：请上传 {string.Join(" ", SupportedExtensions)} 文件。",
                $"Unsupported file type \"{extension}\": upload a {string.Join(" ", SupportedExtensions)} file.",
                location));
        }

        if (content.Length == 0)
        {
            return Fail(ImportFindings.Error(ImportFindings.FileEmpty, "文件是空的。", "The file is empty.", location));
        }

        if (content.LongLength > options.MaxInputBytes)
        {
            return Fail(ImportFindings.Error(
                ImportFindings.FileTooLarge,
                $"文件过大（{content.LongLength} 字节），上限为 {options.MaxInputBytes} 字节。",
                $"The file is too large ({content.LongLength} bytes); the limit is {options.MaxInputBytes} bytes.",
                location));
        }

        if (extension == ".txt")
        {
            var (text, _) = TextDecoder.Decode(content);
            return ReportRecognizer.Recognize(TextExportReader.Read(text), options);
        }

        if (extension is ".html" or ".htm")
        {
            var page = HtmlReader.Read(HtmlCharset.Decode(content).Text);
            return WithPageDate(ReportRecognizer.Recognize(page.Blocks, options), page.PageDate);
        }

        if (extension == ".pdf")
        {
            var pdf = PdfReportReader.Read(content);
            return pdf.Blocks is null ? new ImportResult(null, pdf.Findings) : ReportRecognizer.Recognize(pdf.Blocks, options);
        }

        var document = DocxReader.Read(content, options);
        if (document.Blocks is null)
        {
            return new ImportResult(null, document.Findings);
        }

        var result = ReportRecognizer.Recognize(document.Blocks, options);
        return result with { Findings = [.. document.Findings, .. result.Findings] };
    }

    /// <summary>A web page's 发文日期 serves when the report prints no date, with a warning saying where it came from.</summary>
    private static ImportResult WithPageDate(ImportResult result, DateOnly? pageDate)
    {
        if (result.Report is not { } report || report.Metadata.PublishDate is not null || pageDate is not { } date)
        {
            return result;
        }

        var iso = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var warning = ImportFindings.Warning(
            ImportFindings.PublishDateFromPage,
            $"报告正文没有发布日期，已采用网页信息栏中的发文日期 {iso}；请核对。",
            $"The report prints no publish date; took {iso}, the 发文日期 in the web page's metadata box. Check it.",
            new SourceLocation("/publishDate"));
        return new ImportResult(
            report with { Metadata = report.Metadata with { PublishDate = date } },
            [.. result.Findings.Where(f => f.RuleId != ImportFindings.PublishDateMissing), warning]);
    }

    private static ImportResult Fail(Finding finding) => new(null, [finding]);
}
