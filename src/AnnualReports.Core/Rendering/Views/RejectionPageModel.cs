namespace AnnualReports.Rendering.Views;

/// <summary>The private rejection report for the office: every finding, errors first.</summary>
public sealed record RejectionPageModel(string UploadName, int ErrorCount, int WarningCount, IReadOnlyList<FindingView> Findings);

/// <param name="Severity">错误 or 警告.</param>
/// <param name="SeverityClass">error or warning (CSS class).</param>
/// <param name="Location">JSON pointer, with 第N行第M列 (line:column) where the input has lines; or empty.</param>
/// <param name="Numbers">The numbers involved, comma separated; or empty.</param>
public sealed record FindingView(
    string RuleId,
    string Severity,
    string SeverityClass,
    string MessageZh,
    string MessageEn,
    string Location,
    IReadOnlyList<FindingCellView> Cells,
    string Numbers);

public sealed record FindingCellView(string Pointer, string LabelZh, string LabelEn);
