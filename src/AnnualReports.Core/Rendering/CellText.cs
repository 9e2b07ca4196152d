using System.Globalization;

namespace AnnualReports.Rendering;

/// <summary>How numbers appear on the site: as the office wrote them, culture-invariant, blank stays blank.</summary>
public static class CellText
{
    /// <summary>A count: blank (<c>null</c>) renders empty, 0 renders 0, negative changes keep their minus sign.</summary>
    public static string Of(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>An amount with no trailing-zero noise and never in exponent notation: 7730.280 renders 7730.28.</summary>
    public static string Of(decimal? value) =>
        value?.ToString("0.############################", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A date in Chinese: 2022年1月20日.</summary>
    public static string Of(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>A date as 2022年1月20日, or empty when there is none.</summary>
    public static string Of(DateOnly? date) => date is { } value ? Of(value) : "";

    /// <summary>An instant as UTC in RFC 3339 / W3C form, for the feed and the sitemap.</summary>
    public static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
