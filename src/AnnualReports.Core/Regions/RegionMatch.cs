namespace AnnualReports.Regions;

/// <summary>What a region name (行政区划, e.g. 河北省邢台市威县) names in the division list.</summary>
/// <param name="Division">The one division it names, or <c>null</c>.</param>
/// <param name="Candidates">Every division it could name: none when unknown, two or more when ambiguous.</param>
public sealed record RegionMatch(Division? Division, IReadOnlyList<Division> Candidates)
{
    public bool IsUnambiguous => Division is not null;

    public bool IsAmbiguous => Candidates.Count > 1;
}
