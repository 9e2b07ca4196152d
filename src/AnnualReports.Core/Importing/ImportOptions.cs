using AnnualReports.Reports;

namespace AnnualReports.Importing;

/// <summary>
/// What the caller knows that the file may not say, and the limits applied to untrusted input.
/// </summary>
/// <param name="AgencyId">The agency's id. Without it the importer derives <c>agency-&lt;8 hex of SHA-256(name)&gt;</c>.</param>
/// <param name="Region">行政区划. Without it the importer takes the part of the agency name before 人民政府.</param>
/// <param name="Kind">Overrides the agency kind derived from the name.</param>
public sealed record ImportOptions(
    string? AgencyId = null,
    string? Region = null,
    AgencyKind? Kind = null)
{
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// Agencies already published. Without <see cref="AgencyId"/>, a report whose agency name is exactly that of one
    /// of them joins it: its id, and its region and kind unless given here.
    /// </summary>
    public IReadOnlyList<Agency> KnownAgencies { get; init; } = [];

    /// <summary>
    /// 发布日期 given by the caller (<c>--publish-date</c>): used instead of any date the report prints (with a warning
    /// when they differ), and so the answer for reports that print none.
    /// </summary>
    public DateOnly? PublishDate { get; init; }

    /// <summary>Largest file accepted, in bytes.</summary>
    public long MaxInputBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Most entries a .docx zip may hold.</summary>
    public int MaxZipEntries { get; init; } = 1000;

    /// <summary>Largest total uncompressed size of a .docx, in bytes.</summary>
    public long MaxUncompressedBytes { get; init; } = 100 * 1024 * 1024;

    /// <summary>Largest ratio of uncompressed to compressed size, per entry and in total.</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Deepest XML element nesting accepted in the document part.</summary>
    public int MaxXmlDepth { get; init; } = 256;
}
