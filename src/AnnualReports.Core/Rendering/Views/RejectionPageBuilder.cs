using System.Globalization;
using AnnualReports.Findings;

namespace AnnualReports.Rendering.Views;

/// <summary>The rejection report's view model: errors first, then warnings, each in the validator's order.</summary>
internal static class RejectionPageBuilder
{
    public static RejectionPageModel Build(string uploadName, IReadOnlyList<Finding> findings)
    {
        var ordered = findings.Where(f => f.IsError).Concat(findings.Where(f => !f.IsError)).Select(View).ToList();
        return new RejectionPageModel(uploadName, findings.Count(f => f.IsError), findings.Count(f => !f.IsError), ordered);
    }

    private static FindingView View(Finding f) => new(
        f.RuleId,
        f.IsError ? "错误" : "警告",
        f.IsError ? "error" : "warning",
        f.MessageZh,
        f.MessageEn,
        Location(f.Location),
        [.. f.Cells.Select(c => new FindingCellView(c.Pointer, c.LabelZh, c.LabelEn))],
        string.Join("，", f.Numbers.Select(n => CellText.Of(n))));

    private static string Location(SourceLocation? location) => location switch
    {
        null => "",
        { Line: { } line, Column: { } column } => string.Create(CultureInfo.InvariantCulture, $"{location.Pointer}（第{line}行第{column}列，{line}:{column}）"),
        { Line: { } line } => string.Create(CultureInfo.InvariantCulture, $"{location.Pointer}（第{line}行）"),
        _ => location.Pointer,
    };
}
