namespace AnnualReports.Regions;

/// <summary>What a region holds, its sub-regions included: kept in its parent's partition for the parent's page.</summary>
/// <param name="Latest">The newest publication in the region, or <c>null</c> when it holds none.</param>
public sealed record RegionTotals(string Code, int Agencies, int Reports, DateTimeOffset? Latest)
{
    public bool IsEmpty => Agencies == 0;
}
