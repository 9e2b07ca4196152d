using System.Collections.Frozen;
using System.Text;
using AnnualReports.Reports;

namespace AnnualReports.Parsing;

/// <summary>
/// Every field name the data file format has, so a reader can hand out the one shared string for a name it meets
/// instead of a new one each time (a report has some 150 of them).
/// </summary>
internal static class FieldNames
{
    /// <summary>Names longer than this are read as they are.</summary>
    public const int MaxLength = 32;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Known = All().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The shared string for a known, unescaped ASCII name; otherwise null.</summary>
    public static string? Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength || !Ascii.IsValid(utf8))
        {
            return null;
        }

        Span<char> name = stackalloc char[MaxLength];
        var length = Encoding.ASCII.GetChars(utf8, name);
        return Known.TryGetValue(name[..length], out var known) ? known : null;
    }

    private static FrozenSet<string> All() =>
        ReportBinder.TopLevelFields
            .Concat(ReportBinder.AgencyFields)
            .Concat(ReportBinder.ContactFields)
            .Concat(ReportBinder.BlockFields)
            .Concat(Table2Binder.Rows2021.Concat(Table2Binder.Rows2019).SelectMany(r => r.Fields.Prepend(r.Row)))
            .Concat(Enum.GetValues<LayoutVersion>().SelectMany(l => Table3Layout.For(l).Rows).SelectMany(d => d.Pointer.Split('/')))
            .Where(name => name.Length is > 0 and <= MaxLength)
            .ToFrozenSet(StringComparer.Ordinal);
}
