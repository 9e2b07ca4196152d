namespace AnnualReports.Rendering.Views;

/// <summary>Everything the report template shows, already formatted. No nulls: empty strings and lists mean "none".</summary>
public sealed record ReportPageModel(
    string Title,
    string AgencyName,
    string AgencyUrl,
    string AgencyKind,
    string Region,
    int Year,
    string PublishDate,
    string CompiledBy,
    string LayoutLabel,
    string DataUrl,
    IReadOnlyList<ContactLine> Contact,
    IReadOnlyList<string> Preamble,
    IReadOnlyList<NarrativeBlockView> Overview,
    Table2View Table2,
    Table3View Table3,
    Table4View Table4,
    IReadOnlyList<NarrativeBlockView> Problems,
    IReadOnlyList<NarrativeBlockView> OtherMatters,
    IReadOnlyList<string> ClosingNotes,
    YearOnYearView Comparison);

/// <param name="Heading">The sub-head, e.g. （一）规范主动公开工作, or empty.</param>
public sealed record NarrativeBlockView(string Heading, IReadOnlyList<string> Paragraphs);

/// <param name="Href">A safe link (http, https or mailto), or empty to show the text only.</param>
public sealed record ContactLine(string Label, string Text, string Href);
