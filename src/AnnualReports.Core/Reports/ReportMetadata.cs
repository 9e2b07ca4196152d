namespace AnnualReports.Reports;

/// <summary>Who reports, for which year, and how to reach them.</summary>
/// <param name="PublishDate">发布日期; null when the report prints none (often only the portal page shows it).</param>
public sealed record ReportMetadata(
    Agency Agency,
    int Year,
    DateOnly? PublishDate,
    string CompiledBy,
    Contact Contact);

/// <param name="Id">Stable URL-safe id, e.g. <c>weixian-gov-office</c>; it names the report's folder on the site.</param>
/// <param name="Name">机关名称, e.g. 威县人民政府办公室.</param>
/// <param name="Region">行政区划, e.g. 河北省邢台市威县.</param>
/// <param name="RegionCode">The GB/T 2260 division code of <paramref name="Region"/>, e.g. 130533; 000000 for the central level.
/// <c>null</c> when the input gave none and its region name names no one division.</param>
public sealed record Agency(string Id, string Name, AgencyKind Kind, string Region, string? RegionCode = null);

/// <summary>The kind of agency sets the legal deadline (《条例》第四十九条).</summary>
public enum AgencyKind
{
    /// <summary>政府部门: publishes by 1月31日 of the following year.</summary>
    Department,

    /// <summary>人民政府: its report is published by 3月31日 of the following year.</summary>
    PeoplesGovernment,
}

public static class AgencyKinds
{
    public static string ToCode(this AgencyKind kind) => kind switch
    {
        AgencyKind.Department => "department",
        AgencyKind.PeoplesGovernment => "government",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string ToLabel(this AgencyKind kind) => kind switch
    {
        AgencyKind.Department => "政府部门",
        AgencyKind.PeoplesGovernment => "人民政府",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParse(string? code, out AgencyKind kind)
    {
        switch (code)
        {
            case "department": kind = AgencyKind.Department; return true;
            case "government": kind = AgencyKind.PeoplesGovernment; return true;
            default: kind = default; return false;
        }
    }

    /// <summary>The last day on which the report for <paramref name="year"/> may be published.</summary>
    public static DateOnly Deadline(this AgencyKind kind, int year) => kind switch
    {
        AgencyKind.Department => new DateOnly(year + 1, 1, 31),
        AgencyKind.PeoplesGovernment => new DateOnly(year + 1, 3, 31),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

/// <summary>联系方式 as printed in the report; every part is optional.</summary>
public sealed record Contact(string? Phone, string? Email, string? Address, string? Website)
{
    public static Contact None { get; } = new(null, null, null, null);
}
