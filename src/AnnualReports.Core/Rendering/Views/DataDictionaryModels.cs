namespace AnnualReports.Rendering.Views;

/// <summary>The data dictionary page (<c>data/index.html</c>): the files, the licence and every column.</summary>
public sealed record DataDictionaryModel(
    string Licence,
    string BuiltAt,
    int Reports,
    IReadOnlyList<DataFileView> Files,
    string RegionCsvPattern,
    string RegionJsonPattern,
    IReadOnlyList<DataTableView> Tables);

/// <param name="Size">The size as people read it, e.g. 12.3 KB.</param>
public sealed record DataFileView(string Label, string Url, string Format, string Size);

/// <summary>The columns of one table (报告, 表二, 表三, 表四).</summary>
public sealed record DataTableView(string Title, IReadOnlyList<DataColumnView> Columns);

/// <param name="Relations">The rule relations, joined; empty for none.</param>
public sealed record DataColumnView(string Name, string Label, string Layouts, string Relations);
