using AnnualReports.Reports;

namespace AnnualReports.Findings;

/// <summary>Builds <see cref="CellRef"/>s for the cells of a report, with the data file pointer and both labels.</summary>
public static class ReportCells
{
    public static CellRef Table3(LayoutVersion layout, Table3Row row, ApplicantColumn column)
    {
        var definition = Table3Layout.For(layout)[row];
        return new CellRef(
            $"{definition.Pointer}/{(int)column}",
            $"表三“{definition.FullLabel}”行“{Table3Layout.ColumnLabel(column)}”列",
            $"table 3, row \"{definition.English}\", column \"{Table3Layout.ColumnEnglish(column)}\"");
    }

    public static CellRef Table4(Table4Group group, CaseOutcome outcome) => new(
        $"/table4/{Table4Labels.CellIndex(group, outcome)}",
        $"表四“{group.Label()}”的“{outcome.Label()}”",
        $"table 4, {group.English()}, {outcome.English()}");

    /// <summary>A table 二 cell, e.g. <c>Table2("rules", "issued", "规章 本年制发件数", "rules, issued this year")</c>.</summary>
    public static CellRef Table2(string row, string? field, string labelZh, string labelEn) => new(
        field is null ? $"/table2/{row}" : $"/table2/{row}/{field}",
        $"表二“{labelZh}”",
        $"table 2, {labelEn}");

    /// <summary>A metadata or narrative field, e.g. <c>Field("/publishDate", "发布日期", "publish date")</c>.</summary>
    public static CellRef Field(string pointer, string labelZh, string labelEn) => new(pointer, labelZh, labelEn);
}
