namespace AnnualReports.Validation;

/// <summary>The report years the product accepts: from the first 条例 year to a far but finite future.</summary>
public static class ReportYears
{
    /// <summary>The 条例 took effect on 2008-05-01; no report can be for an earlier year.</summary>
    public const int First = 2008;

    public const int Last = 2100;

    /// <summary>The first year reported in the 2021 format (国办公开办函〔2021〕30号).</summary>
    public const int First2021Layout = 2021;

    public static bool IsInRange(int year) => year is >= First and <= Last;
}
