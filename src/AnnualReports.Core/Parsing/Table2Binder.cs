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

    /// <summary>Fields that hold money (decimals allowed); every other field is a count.</summary>
    internal static bool IsAmount(string field) => field is "amount" or "totalAmount";

    public static Table2 Bind(DataNode? node, BindContext context)
    {
        var rows = context.Layout == LayoutVersion.V2019 ? Rows2019 : Rows2021;
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
                    values[$"{row}.{field}"] = IsAmount(field) ? context.Amount(cell) : context.Count(cell);
                }
            }
        }

        int? Count(string key) => values.TryGetValue(key, out var v) && v is { } d ? (int)d : null;
        decimal? Amount(string key) => values.TryGetValue(key, out var v) ? v : null;

        if (context.Layout == LayoutVersion.V2019)
        {
            ItemCounts Items(string row) => new(Count($"{row}.previousYearItems"), Count($"{row}.change"), Count($"{row}.decisions"));
            PublicationCounts Publications(string row) => new(Count($"{row}.newlyMade"), Count($"{row}.newlyPublished"), Count($"{row}.totalPublished"));
            return new Table2Of2019(
                Publications("rules"),
                Publications("normativeDocuments"),
                Items("licensing"),
                Items("otherManagementServices"),
                Items("punishment"),
                Items("enforcement"),
                new FeeItemCounts(Count("fees.previousYearItems"), Count("fees.change")),
                new ProcurementCounts(Count("procurement.items"), Amount("procurement.totalAmount")));
        }

        DocumentCounts Documents(string row) => new(Count($"{row}.issued"), Count($"{row}.repealed"), Count($"{row}.inForce"));
        return new Table2Of2021(
            Documents("rules"),
            Documents("normativeDocuments"),
            Count("licensing.decisions"),
            Count("punishment.decisions"),
            Count("enforcement.decisions"),
            Amount("fees.amount"));
    }
}
