namespace AnnualReports.Reports;

/// <summary>The seven columns of table 三 (申请人情况), in the printed order.</summary>
public enum ApplicantColumn
{
    NaturalPerson,
    CommercialEnterprise,
    ResearchInstitution,
    PublicInterestOrganization,
    LegalServiceProvider,
    OtherOrganization,
    Total,
}

/// <summary>One row of table 三: seven cells, <c>null</c> where the office left the cell blank.</summary>
public sealed record ApplicantCounts(
    int? NaturalPerson,
    int? CommercialEnterprise,
    int? ResearchInstitution,
    int? PublicInterestOrganization,
    int? LegalServiceProvider,
    int? OtherOrganization,
    int? Total)
{
    public static ApplicantCounts Blank { get; } = new(null, null, null, null, null, null, null);

    public static IReadOnlyList<ApplicantColumn> Columns { get; } = Enum.GetValues<ApplicantColumn>();

    /// <summary>The six applicant columns whose sum is the 总计 column.</summary>
    public static IReadOnlyList<ApplicantColumn> PartColumns { get; } = [.. Columns.Where(c => c != ApplicantColumn.Total)];

    public int? this[ApplicantColumn column] => column switch
    {
        ApplicantColumn.NaturalPerson => NaturalPerson,
        ApplicantColumn.CommercialEnterprise => CommercialEnterprise,
        ApplicantColumn.ResearchInstitution => ResearchInstitution,
        ApplicantColumn.PublicInterestOrganization => PublicInterestOrganization,
        ApplicantColumn.LegalServiceProvider => LegalServiceProvider,
        ApplicantColumn.OtherOrganization => OtherOrganization,
        ApplicantColumn.Total => Total,
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    /// <summary>The cells in column order.</summary>
    public IEnumerable<int?> Cells => Columns.Select(c => this[c]);

    public static ApplicantCounts FromCells(IReadOnlyList<int?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Count != 7)
        {
            throw new ArgumentException("Table 三 rows have exactly 7 cells.", nameof(cells));
        }

        return new(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]);
    }

    public ApplicantCounts With(ApplicantColumn column, int? value)
    {
        var cells = Cells.ToArray();
        cells[(int)column] = value;
        return FromCells(cells);
    }
}

/// <summary>
/// Table 三、收到和处理政府信息公开申请情况: one <see cref="ApplicantCounts"/> per row of the layout's
/// <see cref="Table3Layout"/>, in the printed order.
/// </summary>
public sealed record Table3
{
    public Table3(LayoutVersion layout, IReadOnlyDictionary<Table3Row, ApplicantCounts> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var definitions = Table3Layout.For(layout);
        var unknown = rows.Keys.Where(r => !definitions.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Rows {string.Join(", ", unknown)} are not part of the {layout.ToCode()} layout.", nameof(rows));
        }

        Layout = layout;
        Rows = definitions.Rows
            .Select(d => rows.TryGetValue(d.Row, out var counts) ? counts : ApplicantCounts.Blank)
            .ToValueList();
    }

    public LayoutVersion Layout { get; }

    /// <summary>The rows in the layout's printed order.</summary>
    public ValueList<ApplicantCounts> Rows { get; }

    public ApplicantCounts this[Table3Row row] => Rows[Table3Layout.For(Layout).IndexOf(row)];

    public Table3 With(Table3Row row, ApplicantCounts counts)
    {
        var rows = Table3Layout.For(Layout).Rows.ToDictionary(d => d.Row, d => this[d.Row]);
        rows[row] = counts;
        return new Table3(Layout, rows);
    }

    public Table3 With(Table3Row row, ApplicantColumn column, int? value) => With(row, this[row].With(column, value));
}
