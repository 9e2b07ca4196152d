namespace AnnualReports.Publishing;

/// <summary>What refreshing one agency's listing did: the files published, and the regions it is listed in.</summary>
public sealed record AgencyListingRefresh(IReadOnlyList<PublishedFile> Files, IReadOnlyList<string> Regions);
