using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AnnualReports.Reports;

namespace AnnualReports.Parsing;

/// <summary>
/// Writes a report as the canonical data file: fixed property order, 2-space indent, <c>\n</c> newlines,
/// Chinese text unescaped, every field present (blank cells as <c>null</c>). The same report always gives the same bytes,
/// and <see cref="DataFileParser"/> reads it back to an equal report.
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(AnnualReport report) => Encoding.UTF8.GetString(WriteUtf8(report));

    public static byte[] WriteUtf8(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            WriteReport(writer, report);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteReport(Utf8JsonWriter w, AnnualReport report)
    {
        var metadata = report.Metadata;
        w.WriteStartObject();
        w.WriteString("layout", report.Layout.ToCode());
        w.WriteStartObject("agency");
        w.WriteString("id", metadata.Agency.Id);
        w.WriteString("name", metadata.Agency.Name);
        w.WriteString("kind", metadata.Agency.Kind.ToCode());
        w.WriteString("region", metadata.Agency.Region);
        if (metadata.Agency.RegionCode is { } regionCode)
        {
            w.WriteString("regionCode", regionCode);
        }

        w.WriteEndObject();
        w.WriteNumber("year", metadata.Year);
        if (metadata.PublishDate is { } publishDate)
        {
            w.WriteString("publishDate", publishDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        w.WriteString("compiledBy", metadata.CompiledBy);
        w.WriteStartObject("contact");
        w.WriteString("phone", metadata.Contact.Phone);
        w.WriteString("email", metadata.Contact.Email);
        w.WriteString("address", metadata.Contact.Address);
        w.WriteString("website", metadata.Contact.Website);
        w.WriteEndObject();
        WriteStrings(w, "preamble", report.Preamble);
        WriteSection(w, "overview", report.Overview);
        w.WritePropertyName("table2");
        WriteTable2(w, report.ActiveDisclosure);
        w.WritePropertyName("table3");
        WriteTable3(w, report.Applications);
        w.WritePropertyName("table4");
        WriteCells(w, report.ReviewsAndLitigation.Cells);
        WriteSection(w, "problems", report.Problems);
        WriteSection(w, "otherMatters", report.OtherMatters);
        WriteStrings(w, "closingNotes", report.ClosingNotes);
        w.WriteEndObject();
    }

    private static void WriteTable2(Utf8JsonWriter w, Table2 table)
    {
        w.WriteStartObject();
        switch (table)
        {
            case Table2Of2021 t:
                WriteRow(w, "rules", ("issued", t.Rules.Issued), ("repealed", t.Rules.Repealed), ("inForce", t.Rules.InForce));
                WriteRow(w, "normativeDocuments", ("issued", t.NormativeDocuments.Issued), ("repealed", t.NormativeDocuments.Repealed), ("inForce", t.NormativeDocuments.InForce));
                WriteRow(w, "licensing", ("decisions", t.LicensingDecisions));
                WriteRow(w, "punishment", ("decisions", t.PunishmentDecisions));
                WriteRow(w, "enforcement", ("decisions", t.EnforcementDecisions));
                WriteRow(w, "fees", ("amount", t.FeesTenThousandYuan));
                break;
            case Table2Of2019 t:
                WriteRow(w, "rules", ("newlyMade", t.Rules.NewlyMade), ("newlyPublished", t.Rules.NewlyPublished), ("totalPublished", t.Rules.TotalPublished));
                WriteRow(w, "normativeDocuments", ("newlyMade", t.NormativeDocuments.NewlyMade), ("newlyPublished", t.NormativeDocuments.NewlyPublished), ("totalPublished", t.NormativeDocuments.TotalPublished));
                WriteItems(w, "licensing", t.Licensing);
                WriteItems(w, "otherManagementServices", t.OtherManagementServices);
                WriteItems(w, "punishment", t.Punishment);
                WriteItems(w, "enforcement", t.Enforcement);
                WriteRow(w, "fees", ("previousYearItems", t.Fees.PreviousYearItems), ("change", t.Fees.Change));
                WriteRow(w, "procurement", ("items", t.Procurement.Items), ("totalAmount", t.Procurement.TotalAmount));
                break;
            default:
                throw new ArgumentException($"Unknown table 二 type {table.GetType().Name}.", nameof(table));
        }

        w.WriteEndObject();
    }

    private static void WriteItems(Utf8JsonWriter w, string row, ItemCounts items) =>
        WriteRow(w, row, ("previousYearItems", items.PreviousYearItems), ("change", items.Change), ("decisions", items.Decisions));

    private static void WriteRow(Utf8JsonWriter w, string row, params (string Name, decimal? Value)[] cells)
    {
        w.WriteStartObject(row);
        foreach (var (name, value) in cells)
        {
            w.WritePropertyName(name);
            WriteNumber(w, value);
        }

        w.WriteEndObject();
    }

    /// <summary>Writes table 三 nested as its row pointers say (see <see cref="Table3Layout"/>).</summary>
    private static void WriteTable3(Utf8JsonWriter w, Table3 table)
    {
        w.WriteStartObject();
        string[] open = [];
        foreach (var definition in Table3Layout.For(table.Layout).Rows)
        {
            var path = definition.Pointer["/table3/".Length..].Split('/');
            var groups = path[..^1];
            var shared = open.Zip(groups).TakeWhile(p => p.First == p.Second).Count();
            for (var i = open.Length; i > shared; i--)
            {
                w.WriteEndObject();
            }

            for (var i = shared; i < groups.Length; i++)
            {
                w.WriteStartObject(groups[i]);
            }

            open = groups;
            w.WritePropertyName(path[^1]);
            WriteCells(w, table[definition.Row].Cells);
        }

        for (var i = open.Length; i > 0; i--)
        {
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>A row of cells on one line, e.g. <c>[3, null, null, null, null, null, 3]</c>, like the printed table.</summary>
    private static void WriteCells(Utf8JsonWriter w, IEnumerable<int?> cells)
    {
        var text = "[" + string.Join(", ", cells.Select(c => c?.ToString(CultureInfo.InvariantCulture) ?? "null")) + "]";
        w.WriteRawValue(text, skipInputValidation: true);
    }

    private static void WriteNumber(Utf8JsonWriter w, decimal? value)
    {
        if (value is { } number)
        {
            // Drop trailing zeros so equal amounts (1.50 and 1.5) are written alike.
            w.WriteRawValue(number.ToString("0.############################", CultureInfo.InvariantCulture), skipInputValidation: true);
        }
        else
        {
            w.WriteNullValue();
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> strings)
    {
        w.WriteStartArray(name);
        foreach (var text in strings)
        {
            w.WriteStringValue(text);
        }

        w.WriteEndArray();
    }

    private static void WriteSection(Utf8JsonWriter w, string name, NarrativeSection section)
    {
        w.WriteStartArray(name);
        foreach (var block in section.Blocks)
        {
            w.WriteStartObject();
            w.WriteString("heading", block.Heading);
            WriteStrings(w, "paragraphs", block.Paragraphs);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
