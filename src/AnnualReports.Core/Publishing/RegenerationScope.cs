namespace AnnualReports.Publishing;

/// <summary>What to regenerate: the whole site, one region (queued), one agency, or one report (agency and year).</summary>
public sealed record RegenerationScope(string? AgencyId = null, int? Year = null)
{
    /// <summary>
    /// A region's code (GB/T 2260): the agencies listed under it or under its subdivisions. Queued like the whole
    /// site (<c>RegenerationPlanner</c>); not combined with an agency.
    /// </summary>
    public string? Region { get; init; }

    public static RegenerationScope All { get; } = new();

    /// <summary>
    /// List <c>$web</c> instead of trusting the manifest of the last whole-site run: for after the site was changed
    /// by hand. A scope of one agency or one report always reads the site itself.
    /// </summary>
    public bool Verify { get; init; }

    /// <summary>
    /// Leave the open data files alone: the caller builds them once after many agencies (a queued run's batches),
    /// instead of each agency rebuilding its region's files.
    /// </summary>
    public bool WithoutData { get; init; }

    /// <summary>Why the scope cannot be regenerated, or <c>null</c>.</summary>
    public string? Problem => this switch
    {
        { AgencyId: null, Year: not null } => "A year needs an agency.",
        { AgencyId: not null, Region: not null } => "Give a region or an agency, not both.",
        { AgencyId: { } id } when !AgencyIds.IsValid(id) => $"'{id}' is not a valid agency id.",
        { Year: <= 0 } => "The year must be a positive whole number.",
        _ => null,
    };

    public override string ToString() => (AgencyId, Year) switch
    {
        (null, _) when Region is not null => $"region {Region}",
        (null, _) => Verify ? "all (verified)" : "all",
        ({ } id, null) => id,
        ({ } id, { } year) => $"{id}/{year}",
    };
}
