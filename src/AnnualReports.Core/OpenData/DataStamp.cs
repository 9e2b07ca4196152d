using System.Globalization;

namespace AnnualReports.OpenData;

/// <summary>
/// What a pair of data files (CSV and JSON) was built from and when: stored as each file's
/// <see cref="Publishing.SiteFile.Source"/>. Two builds of the same data have the same <see cref="DataHash"/>, so a
/// build whose data did not change writes nothing, although its time differs; the stamp also keeps the build time and
/// sizes of the files in place, so the dictionary page can be rendered again without reading them.
/// </summary>
/// <param name="DataHash">SHA-256 of the CSV bytes (which hold every value) and the licence line.</param>
public sealed record DataStamp(string DataHash, DateTimeOffset BuiltAt, long CsvBytes, long JsonBytes, int Rows)
{
    private const string Version = "d1";

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{Version};{DataHash};{BuiltAt.ToUnixTimeSeconds()};{CsvBytes};{JsonBytes};{Rows}");

    /// <summary>The stamp a file's source holds, or <c>null</c> for none or another format.</summary>
    public static DataStamp? Parse(string? source)
    {
        var parts = source?.Split(';');
        return parts is [Version, var hash, var time, var csv, var json, var rows]
            && long.TryParse(time, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && long.TryParse(csv, NumberStyles.None, CultureInfo.InvariantCulture, out var csvBytes)
            && long.TryParse(json, NumberStyles.None, CultureInfo.InvariantCulture, out var jsonBytes)
            && int.TryParse(rows, NumberStyles.None, CultureInfo.InvariantCulture, out var rowCount)
                ? new DataStamp(hash, DateTimeOffset.FromUnixTimeSeconds(seconds), csvBytes, jsonBytes, rowCount)
                : null;
    }
}
