using AnnualReports.Regions;
using AnnualReports.Reports;
using AnnualReports.Validation;

namespace AnnualReports.OpenData;

/// <summary>
/// One report as a row of the open data files: a value per <see cref="DataColumns.All"/>, <c>null</c> for a blank
/// cell and for a cell the report's layout does not have. Values are invariant text (the CSV writes them as they
/// are; JSON writes numbers as numbers).
/// </summary>
public sealed record ReportRow(string AgencyId, int Year, string RegionCode, IReadOnlyList<string?> Values)
{
    public static ReportRow From(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var meta = report.Metadata;
        var regionCode = RegionPlacement.CodeOf(meta.Agency);
        var cells = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["/agency/id"] = meta.Agency.Id,
            ["/agency/name"] = meta.Agency.Name,
            ["/agency/kind"] = meta.Agency.Kind.ToCode(),
            ["/agency/region"] = meta.Agency.Region,
            ["/agency/regionCode"] = regionCode,
            ["/year"] = DataColumn.Format(meta.Year),
            ["/layout"] = report.Layout.ToCode(),
            ["/publishDate"] = meta.PublishDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var cell in Table2Cells.Of(report.ActiveDisclosure))
        {
            cells[cell.Cell.Pointer] = DataColumn.Format(cell.Value);
        }

        foreach (var definition in Table3Layout.For(report.Layout).Rows)
        {
            foreach (var column in ApplicantCounts.Columns)
            {
                cells[$"{definition.Pointer}/{(int)column}"] = DataColumn.Format(report.Applications[definition.Row][column]);
            }
        }

        var index = 0;
        foreach (var value in report.ReviewsAndLitigation.Cells)
        {
            cells[$"/table4/{index++}"] = DataColumn.Format(value);
        }

        return new ReportRow(meta.Agency.Id, meta.Year, regionCode, [.. DataColumns.All.Select(c => cells.GetValueOrDefault(c.Pointer))]);
    }
}
