using AnnualReports.Reports;
using AnnualReports.Totals;

namespace AnnualReports.Regions;

/// <summary>What a region holds, its sub-regions included: kept in its parent's partition for the parent's page.</summary>
/// <param name="Latest">The newest publication in the region, or <c>null</c> when it holds none.</param>
/// <param name="Years">Its reports' table cells summed by year and layout; <c>null</c> when not known (a row written before
/// totals were kept, or a sub-region's such row below it), until the next settle of the rows below.</param>
public sealed record RegionTotals(string Code, int Agencies, int Reports, DateTimeOffset? Latest, ValueList<YearTotals>? Years = null)
{
    public bool IsEmpty => Agencies == 0;
}
