namespace AnnualReports.Regions;

/// <summary>One administrative division (行政区划) of GB/T 2260, or the nation itself.</summary>
/// <param name="Code">The 6-digit division code, e.g. 130533 威县; <see cref="Divisions.National"/> for the nation.</param>
/// <param name="ParentCode">The code of the division it belongs to; the nation's is empty.</param>
/// <param name="Name">Its own name, e.g. 威县 (not the full 河北省邢台市威县).</param>
public sealed record Division(string Code, string ParentCode, string Name, DivisionLevel Level)
{
    public bool IsNational => Level == DivisionLevel.Nation;
}

/// <summary>国家 → 省 → 市 → 县. Townships (乡镇) are not in the list the site embeds.</summary>
public enum DivisionLevel
{
    Nation = 0,
    Province = 1,
    Prefecture = 2,
    County = 3,
}
