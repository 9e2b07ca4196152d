using System.Text.RegularExpressions;
using AnnualReports.Publishing;
using AnnualReports.Reports;
using AnnualReports.Trends;

namespace AnnualReports.Rendering.Views;

/// <summary>Turns an <see cref="AnnualReport"/> into the report page's view model: all formatting decided here.</summary>
internal static partial class ReportPageBuilder
{
    public static ReportPageModel Build(AnnualReport report, PreviousYearFigures? previous)
    {
        var meta = report.Metadata;
        var agency = meta.Agency;
        return new ReportPageModel(
            report.Title,
            agency.Name,
            SitePaths.AgencyUrl(agency.Id),
            agency.Kind.ToLabel(),
            agency.Region,
            meta.Year,
            CellText.Of(meta.PublishDate),
            meta.CompiledBy,
            LayoutLabel(report.Layout),
            SitePaths.ReportDataUrl(agency.Id, meta.Year),
            ContactLines(meta.Contact),
            [.. report.Preamble],
            Blocks(report.Overview),
            Table2ViewBuilder.Build(report.ActiveDisclosure),
            Table3ViewBuilder.Build(report.Applications),
            Table4ViewBuilder.Build(report.ReviewsAndLitigation),
            Blocks(report.Problems),
            Blocks(report.OtherMatters),
            [.. report.ClosingNotes],
            YearOnYearBuilder.Build(report, previous));
    }

    public static string LayoutLabel(LayoutVersion layout) => layout switch
    {
        LayoutVersion.V2019 => "国办公开办函〔2019〕60号格式",
        LayoutVersion.V2021 => "国办公开办函〔2021〕30号格式",
        _ => throw new ArgumentOutOfRangeException(nameof(layout)),
    };

    private static NarrativeBlockView[] Blocks(NarrativeSection section) =>
    [
        .. section.Blocks
            .Where(b => b.Heading is not null || b.Paragraphs.Count > 0)
            .Select(b => new NarrativeBlockView(b.Heading ?? "", [.. b.Paragraphs])),
    ];

    private static ContactLine[] ContactLines(Contact contact)
    {
        var lines = new List<ContactLine>();
        if (!string.IsNullOrWhiteSpace(contact.Phone))
        {
            lines.Add(new ContactLine("联系电话", contact.Phone, ""));
        }

        if (!string.IsNullOrWhiteSpace(contact.Email))
        {
            lines.Add(new ContactLine("电子邮箱", contact.Email, EmailPattern().IsMatch(contact.Email) ? $"mailto:{contact.Email}" : ""));
        }

        if (!string.IsNullOrWhiteSpace(contact.Address))
        {
            lines.Add(new ContactLine("通信地址", contact.Address, ""));
        }

        if (!string.IsNullOrWhiteSpace(contact.Website))
        {
            lines.Add(new ContactLine("网站", contact.Website, IsWebUrl(contact.Website) ? contact.Website : ""));
        }

        return [.. lines];
    }

    /// <summary>Only http and https links are rendered as links: a <c>javascript:</c> URL stays text.</summary>
    private static bool IsWebUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex(@"^[^@\s:/<>""']+@[^@\s:/<>""']+\.[^@\s:/<>""']+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
