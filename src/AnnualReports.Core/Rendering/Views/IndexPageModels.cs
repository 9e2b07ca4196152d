namespace AnnualReports.Rendering.Views;

/// <summary>One agency's page: its reports by year, newest first.</summary>
/// <param name="RegionCode">Where the agency is listed, for the breadcrumb trail.</param>
/// <param name="Trends">Charts and tables of the agency's figures by year, oldest first.</param>
public sealed record AgencyPageModel(string Name, string Region, string Kind, IReadOnlyList<ReportEntry> Reports, AgencyTrendsView Trends)
{
    internal string RegionCode { get; init; } = Regions.Divisions.National;
}

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
