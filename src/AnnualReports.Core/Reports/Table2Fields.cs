namespace AnnualReports.Reports;

/// <summary>
/// Table 二 as named fields, keyed <c>row/field</c> as in the data file (<c>rules/issued</c>, <c>fees/amount</c>),
/// so every reader (data files, Word and text importers) builds the model the same way.
/// </summary>
public static class Table2Fields
{
    /// <summary>Builds the 2019 or the 2021 table 二; a missing key is a blank cell.</summary>
    public static Table2 Build(bool is2019, IReadOnlyDictionary<string, decimal?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        int? Count(string key) => values.TryGetValue(key, out var v) && v is { } d ? (int)d : null;
        decimal? Amount(string key) => values.TryGetValue(key, out var v) ? v : null;

        if (!is2019)
        {
            DocumentCounts Documents(string row) => new(Count($"{row}/issued"), Count($"{row}/repealed"), Count($"{row}/inForce"));
            return new Table2Of2021(
                Documents("rules"),
                Documents("normativeDocuments"),
                Count("licensing/decisions"),
                Count("punishment/decisions"),
                Count("enforcement/decisions"),
                Amount("fees/amount"));
        }

        PublicationCounts Publications(string row) =>
            new(Count($"{row}/newlyMade"), Count($"{row}/newlyPublished"), Count($"{row}/totalPublished"));
        ItemCounts Items(string row) => new(Count($"{row}/previousYearItems"), Count($"{row}/change"), Count($"{row}/decisions"));
        return new Table2Of2019(
            Publications("rules"),
            Publications("normativeDocuments"),
            Items("licensing"),
            Items("otherManagementServices"),
            Items("punishment"),
            Items("enforcement"),
            new FeeItemCounts(Count("fees/previousYearItems"), Count("fees/change")),
            new ProcurementCounts(Count("procurement/items"), Amount("procurement/totalAmount")));
    }
}
