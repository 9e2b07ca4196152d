using AnnualReports.Reports;

namespace AnnualReports.Parsing;

/// <summary>
/// Binds <c>table3</c>. Its shape comes from the row pointers of <see cref="Table3Layout"/>: a pointer such as
/// <c>/table3/refused/stateSecret</c> means an object <c>refused</c> with a 7-cell row <c>stateSecret</c>.
/// </summary>
internal static class Table3Binder
{
    private const string Prefix = "/table3/";

    public static Table3 Bind(DataNode? node, BindContext context)
    {
        var layout = Table3Layout.For(context.Layout);
        var rows = new Dictionary<Table3Row, ApplicantCounts>();
        BindLevel(node, [.. layout.Rows.Select(d => (d, d.Pointer[Prefix.Length..].Split('/')))], 0, rows, context);
        return new Table3(context.Layout, rows);
    }

    /// <summary>Binds one object level: its fields are the distinct path segments at <paramref name="level"/>.</summary>
    private static void BindLevel(
        DataNode? node,
        (Table3RowDefinition Row, string[] Path)[] rows,
        int level,
        Dictionary<Table3Row, ApplicantCounts> bound,
        BindContext context)
    {
        var names = rows.Select(r => r.Path[level]).Distinct().ToArray();
        if (context.Object(node, names) is not { } fields)
        {
            return;
        }

        foreach (var name in names)
        {
            var under = rows.Where(r => r.Path[level] == name).ToArray();
            var child = fields.Required(name);
            if (under is [var leaf] && leaf.Path.Length == level + 1)
            {
                bound[leaf.Row.Row] = ApplicantCounts.FromCells(context.Cells(child, 7));
            }
            else
            {
                BindLevel(child, under, level + 1, bound, context);
            }
        }
    }
}
