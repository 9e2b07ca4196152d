namespace AnnualReports.Reports;

/// <summary>Table 四、政府信息公开行政复议、行政诉讼情况: 15 cells in three groups of five.</summary>
/// <param name="AdministrativeReview">行政复议 (cells 1–5).</param>
/// <param name="LitigationWithoutReview">行政诉讼 · 未经复议直接起诉 (cells 6–10).</param>
/// <param name="LitigationAfterReview">行政诉讼 · 复议后起诉 (cells 11–15).</param>
public sealed record Table4(
    CaseOutcomes AdministrativeReview,
    CaseOutcomes LitigationWithoutReview,
    CaseOutcomes LitigationAfterReview)
{
    public IEnumerable<(Table4Group Group, CaseOutcomes Outcomes)> Groups =>
    [
        (Table4Group.AdministrativeReview, AdministrativeReview),
        (Table4Group.LitigationWithoutReview, LitigationWithoutReview),
        (Table4Group.LitigationAfterReview, LitigationAfterReview),
    ];

    /// <summary>The 15 cells in printed order.</summary>
    public IEnumerable<int?> Cells => Groups.SelectMany(g => g.Outcomes.Cells);

    public static Table4 FromCells(IReadOnlyList<int?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Count != 15)
        {
            throw new ArgumentException("Table 四 has exactly 15 cells.", nameof(cells));
        }

        return new(
            CaseOutcomes.FromCells([.. cells.Take(5)]),
            CaseOutcomes.FromCells([.. cells.Skip(5).Take(5)]),
            CaseOutcomes.FromCells([.. cells.Skip(10).Take(5)]));
    }

    public CaseOutcomes this[Table4Group group] => group switch
    {
        Table4Group.AdministrativeReview => AdministrativeReview,
        Table4Group.LitigationWithoutReview => LitigationWithoutReview,
        Table4Group.LitigationAfterReview => LitigationAfterReview,
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };
}

public enum Table4Group
{
    AdministrativeReview,
    LitigationWithoutReview,
    LitigationAfterReview,
}

public enum CaseOutcome
{
    Upheld,
    Corrected,
    Other,
    Pending,
    Total,
}

/// <summary>结果维持 · 结果纠正 · 其他结果 · 尚未审结 · 总计.</summary>
public sealed record CaseOutcomes(int? Upheld, int? Corrected, int? Other, int? Pending, int? Total)
{
    public static CaseOutcomes Blank { get; } = new(null, null, null, null, null);

    public static IReadOnlyList<CaseOutcome> Outcomes { get; } = Enum.GetValues<CaseOutcome>();

    public int? this[CaseOutcome outcome] => outcome switch
    {
        CaseOutcome.Upheld => Upheld,
        CaseOutcome.Corrected => Corrected,
        CaseOutcome.Other => Other,
        CaseOutcome.Pending => Pending,
        CaseOutcome.Total => Total,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    public IEnumerable<int?> Cells => Outcomes.Select(o => this[o]);

    public static CaseOutcomes FromCells(IReadOnlyList<int?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return new(cells[0], cells[1], cells[2], cells[3], cells[4]);
    }
}

public static class Table4Labels
{
    public static string Label(this Table4Group group) => group switch
    {
        Table4Group.AdministrativeReview => "行政复议",
        Table4Group.LitigationWithoutReview => "行政诉讼·未经复议直接起诉",
        Table4Group.LitigationAfterReview => "行政诉讼·复议后起诉",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    public static string English(this Table4Group group) => group switch
    {
        Table4Group.AdministrativeReview => "administrative review",
        Table4Group.LitigationWithoutReview => "litigation without prior review",
        Table4Group.LitigationAfterReview => "litigation after review",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    public static string Label(this CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Upheld => "结果维持",
        CaseOutcome.Corrected => "结果纠正",
        CaseOutcome.Other => "其他结果",
        CaseOutcome.Pending => "尚未审结",
        CaseOutcome.Total => "总计",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    public static string English(this CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Upheld => "upheld",
        CaseOutcome.Corrected => "corrected",
        CaseOutcome.Other => "other result",
        CaseOutcome.Pending => "pending",
        CaseOutcome.Total => "total",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    /// <summary>Index of a cell in the 15-cell data file array.</summary>
    public static int CellIndex(Table4Group group, CaseOutcome outcome) => ((int)group * 5) + (int)outcome;
}
