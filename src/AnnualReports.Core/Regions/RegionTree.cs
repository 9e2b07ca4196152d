namespace AnnualReports.Regions;

/// <summary>The listing every region should have for a set of agencies: their own agencies, and sub-region totals computed bottom-up.</summary>
public static class RegionTree
{
    public static Dictionary<string, RegionListing> Listings(IEnumerable<AgencyListing> agencies, Divisions divisions)
    {
        ArgumentNullException.ThrowIfNull(divisions);
        var own = agencies.GroupBy(a => a.RegionCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var codes = own.Keys.SelectMany(divisions.Chain).Select(d => d.Code).Distinct(StringComparer.Ordinal).ToList();
        var listings = new Dictionary<string, RegionListing>(StringComparer.Ordinal);
        foreach (var code in codes.OrderByDescending(c => divisions.Find(c)!.Level))
        {
            var children = divisions.ChildrenOf(code)
                .Where(d => listings.ContainsKey(d.Code))
                .Select(d => listings[d.Code].Totals())
                .Where(t => !t.IsEmpty)
                .ToList();
            listings[code] = new RegionListing(code, own.GetValueOrDefault(code) ?? [], children);
        }

        return listings;
    }
}
