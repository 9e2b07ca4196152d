namespace AnnualReports.Rendering.Views;

/// <summary>The home page: every agency with its latest report first.</summary>
public sealed record HomePageModel(int AgencyCount, int ReportCount, IReadOnlyList<AgencyEntry> Agencies, IReadOnlyList<ReportEntry> Latest);

public sealed record AgencyEntry(string Name, string Url, string Region, string Kind, ReportEntry Latest, IReadOnlyList<ReportEntry> Earlier);

/// <summary>One agency's page: its reports by year, newest first.</summary>
public sealed record AgencyPageModel(string Name, string Region, string Kind, IReadOnlyList<ReportEntry> Reports);

/// <summary>One published report as listed on index pages, with its key figures from <c>ReportSummary</c>.</summary>
public sealed record ReportEntry(
    string Title,
    string AgencyName,
    string Url,
    int Year,
    string PublishDate,
    string LayoutLabel,
    int ApplicationsReceived,
    int ApplicationsCarriedOver,
    int ApplicationsCompleted,
    int ReviewsAndLawsuits);
