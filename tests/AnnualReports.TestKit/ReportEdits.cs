using AnnualReports.Reports;

namespace AnnualReports.TestKit;

/// <summary>
/// Fluent one-line edits of a report for tests: <c>SampleReports.Weixian2021().WithTable3(Table3Row.Received, ApplicantColumn.NaturalPerson, 4)</c>.
/// Each returns a new report; the original is unchanged.
/// </summary>
public static class ReportEdits
{
    public static AnnualReport WithTable3(this AnnualReport report, Table3Row row, ApplicantColumn column, int? value)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report with { Applications = report.Applications.With(row, column, value) };
    }

    /// <summary>Sets one of the 15 table 四 cells by its index in the data file array (0–14).</summary>
    public static AnnualReport WithTable4(this AnnualReport report, int index, int? value)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cells = report.ReviewsAndLitigation.Cells.ToArray();
        cells[index] = value;
        return report with { ReviewsAndLitigation = Table4.FromCells(cells) };
    }

    public static AnnualReport WithTable4(this AnnualReport report, Table4Group group, CaseOutcome outcome, int? value) =>
        report.WithTable4(Table4Labels.CellIndex(group, outcome), value);

    public static AnnualReport WithTable4(this AnnualReport report, Table4 table)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report with { ReviewsAndLitigation = table };
    }

    public static AnnualReport WithTable2(this AnnualReport report, Table2 table)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report with { ActiveDisclosure = table };
    }

    public static AnnualReport WithYear(this AnnualReport report, int year)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report with { Metadata = report.Metadata with { Year = year } };
    }

    public static AnnualReport WithPublishDate(this AnnualReport report, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report with { Metadata = report.Metadata with { PublishDate = date } };
    }

    public static AnnualReport WithAgency(this AnnualReport report, Func<Agency, Agency> change)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(change);
        return report with { Metadata = report.Metadata with { Agency = change(report.Metadata.Agency) } };
    }

    public static AnnualReport WithLayout(this AnnualReport report, LayoutVersion layout)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report with { Layout = layout };
    }
}
