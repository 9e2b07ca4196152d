using AnnualReports.Reports;

namespace AnnualReports.Parsing;

/// <summary>Binds <c>table2</c> in the shape of the report's layout.</summary>
internal static class Table2Binder
{
    /// <summary>Rows and their fields per layout, in data file order. The last field of fees/procurement rows may be an amount.</summary>
    internal static readonly (string Row, string[] Fields)[] Rows2021 =
    [
        ("rules", ["issued", "repealed", "inForce"]),
        ("normativeDocuments", ["issued", "repealed", "inForce"]),
        ("licensing", ["decisions"]),
        ("punishment", ["decisions"]),
        ("enforcement", ["decisions"]),
        ("fees", ["amount"]),
    ];

    internal static readonly (string Row, string[] Fields)[] Rows2019 =
    [
        ("rules", ["newlyMade", "newlyPublished", "totalPublished"]),
        ("normativeDocuments", ["newlyMade", "newlyPublished", "totalPublished"]),
        ("licensing", ["previousYearItems", "change", "decisions"]),
        ("otherManagementServices", ["previousYearItems", "change", "decisions"]),
        ("punishment", ["previousYearItems", "change", "decisions"]),
        ("enforcement", ["previousYearItems", "change", "decisions"]),
        ("fees", ["previousYearItems", "change"]),
        ("procurement", ["items", "totalAmount"]),
    ];

    /// <summary>
    /// Which table 二 the data holds. Usually the layout's; but real reports mix the layouts (spec §8) and the
    /// importers keep table 二 as written, so fields found only in one shape decide, and the layout only when none is there.
    /// </summary>
    private static bool Is2019Shape(DataNode? node, LayoutVersion layout)
    {
        if (node is not ObjectNode table)
        {
            return layout == LayoutVersion.V2019;
        }

        var only2019 = Rows2019.Select(r => r.Row).Except(Rows2021.Select(r => r.Row)).ToHashSet(StringComparer.Ordinal);
        if (table.Properties.Any(p => only2019.Contains(p.Name)))
        {
            return true;
        }

        var ruleFields = (table.Properties.FirstOrDefault(p => p.Name == "rules")?.Value as ObjectNode)?.Properties.Select(p => p.Name).ToList() ?? [];
        return ruleFields.Intersect(Rows2019[0].Fields).Any()
            || (!ruleFields.Intersect(Rows2021[0].Fields).Any() && layout == LayoutVersion.V2019);
    }

    /// <summary>Fields that hold money (decimals allowed); every other field is a count.</summary>
    internal static bool IsAmount(string field) => field is "amount" or "totalAmount";

    public static Table2 Bind(DataNode? node, BindContext context)
    {
        var is2019 = Is2019Shape(node, context.Layout);
        var rows = is2019 ? Rows2019 : Rows2021;
        var values = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        if (context.Object(node, [.. rows.Select(r => r.Row)]) is { } table)
        {
            foreach (var (row, fields) in rows)
            {
                if (context.Object(table.Required(row), fields) is not { } cells)
                {
                    continue;
                }

                foreach (var field in fields)
                {
                    var cell = cells.Required(field);
                    values[$"{row}/{field}"] = IsAmount(field) ? context.Amount(cell) : context.Count(cell);
                }
            }
        }

        return Table2Fields.Build(is2019, values);
    }
}
