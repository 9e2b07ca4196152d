using System.Globalization;
using AnnualReports.Rendering.Views;

namespace AnnualReports.OpenData;

/// <summary>The model of the data dictionary page, from the stamp of the site-wide files in place.</summary>
public static class DictionaryPage
{
    public static DataDictionaryModel Build(DataStamp stamp, string licence)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        var tables = DataColumns.All
            .GroupBy(c => c.Table)
            .Select(g => new DataTableView(
                g.Key == DataColumns.Metadata ? "报告信息" : g.Key,
                [.. g.Select(c => new DataColumnView(c.Name, c.LabelZh, c.Layouts, string.Join("；", c.Relations)))]))
            .ToList();
        return new DataDictionaryModel(
            licence,
            ReportsJson.FormatTime(stamp.BuiltAt),
            stamp.Rows,
            [
                new DataFileView("全部报告（CSV）", "/" + DataPaths.Csv, "CSV", Size(stamp.CsvBytes)),
                new DataFileView("全部报告（JSON）", "/" + DataPaths.Json, "JSON", Size(stamp.JsonBytes)),
                new DataFileView("文件清单（JSON）", "/" + DataPaths.Manifest, "JSON", "含生成时间和大小"),
            ],
            "/data/regions/{code}/reports.csv",
            "/data/regions/{code}/reports.json",
            tables);
    }

    /// <summary>1,234 字节, 12.3 KB, 4.5 MB: bytes below 1 KB, else one decimal.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} 字节"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
    };
}
