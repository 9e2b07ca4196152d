using System.Collections.Frozen;
using AnnualReports.Reports;

namespace AnnualReports.Parsing;

/// <summary>
/// Binds <c>table3</c>. Its shape comes from the row pointers of <see cref="Table3Layout"/>: a pointer such as
/// <c>/table3/refused/stateSecret</c> means an object <c>refused</c> with a 7-cell row <c>stateSecret</c>.
/// </summary>
internal static class Table3Binder
{
    private const string Prefix = "/table3/";

    /// <summary>Each layout's shape, worked out once from its row pointers.</summary>
    private static readonly FrozenDictionary<LayoutVersion, Level> Shapes = Enum.GetValues<LayoutVersion>()
        .ToFrozenDictionary(layout => layout, layout => ShapeOf([.. Table3Layout.For(layout).Rows.Select(d => (d, d.Pointer[Prefix.Length..].Split('/')))], 0));

    public static Table3 Bind(DataNode? node, BindContext context)
    {
        var rows = new Dictionary<Table3Row, ApplicantCounts>();
        BindLevel(node, Shapes[context.Layout], rows, context);
        return new Table3(context.Layout, rows);
    }

    /// <summary>Binds one object level: its fields, each a row of cells or an object one level down.</summary>
    private static void BindLevel(DataNode? node, Level level, Dictionary<Table3Row, ApplicantCounts> bound, BindContext context)
    {
        if (context.Object(node, level.Names) is not { } fields)
        {
            return;
        }

        for (var i = 0; i < level.Names.Length; i++)
        {
            var child = fields.Required(level.Names[i]);
            if (level.Fields[i] is { Row: { } row })
            {
                bound[row] = ApplicantCounts.FromCells(context.Cells(child, 7));
            }
            else
            {
                BindLevel(child, level.Fields[i].Below!, bound, context);
            }
        }
    }

    /// <summary>The level's fields are the distinct path segments at <paramref name="depth"/>.</summary>
    private static Level ShapeOf((Table3RowDefinition Row, string[] Path)[] rows, int depth)
    {
        var names = rows.Select(r => r.Path[depth]).Distinct().ToArray();
        var fields = names.Select(name =>
        {
            var under = rows.Where(r => r.Path[depth] == name).ToArray();
            return under is [var leaf] && leaf.Path.Length == depth + 1
                ? new Field(leaf.Row.Row, null)
                : new Field(null, ShapeOf(under, depth + 1));
        });
        return new Level(names, [.. fields]);
    }

    /// <param name="Names">The object's field names, in the layout's order.</param>
    /// <param name="Fields">For each name: the row it holds, or the level below.</param>
    private sealed record Level(string[] Names, Field[] Fields);

    private sealed record Field(Table3Row? Row, Level? Below);
}
