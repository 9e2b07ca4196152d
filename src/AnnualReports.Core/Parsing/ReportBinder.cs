using System.Globalization;
using AnnualReports.Publishing;
using AnnualReports.Reports;
using AnnualReports.Validation;

namespace AnnualReports.Parsing;

/// <summary>Maps the node tree of a data file, JSON or YAML alike, to an <see cref="AnnualReport"/>.</summary>
internal static class ReportBinder
{
    internal static readonly string[] TopLevelFields =
    [
        "$schema", "layout", "agency", "year", "publishDate", "compiledBy", "contact", "preamble",
        "overview", "table2", "table3", "table4", "problems", "otherMatters", "closingNotes",
    ];

    internal static readonly string[] AgencyFields = ["id", "name", "kind", "region", "regionCode"];

    internal static readonly string[] ContactFields = ["phone", "email", "address", "website"];

    internal static readonly string[] BlockFields = ["heading", "paragraphs"];

    /// <summary>Binds the tree; the report is null if any finding was added.</summary>
    public static AnnualReport? Bind(DataNode root, BindContext context)
    {
        if (context.Object(root, TopLevelFields) is not { } top)
        {
            return null;
        }

        context.Layout = BindLayout(top, context);
        _ = context.OptionalText(top.Optional("$schema"));
        var metadata = BindMetadata(top, context);
        var preamble = context.Strings(top.Optional("preamble"));
        var overview = BindSection(top.Required("overview"), context);
        var table2 = Table2Binder.Bind(top.Required("table2"), context);
        var table3 = Table3Binder.Bind(top.Required("table3"), context);
        var table4 = Table4.FromCells(context.Cells(top.Required("table4"), 15));
        var problems = BindSection(top.Required("problems"), context);
        var otherMatters = BindSection(top.Required("otherMatters"), context);
        var closingNotes = context.Strings(top.Optional("closingNotes"));

        return context.HasErrors
            ? null
            : new AnnualReport(context.Layout, metadata, preamble, overview, table2, table3, table4, problems, otherMatters, closingNotes);
    }

    /// <summary>The declared layout; if it is missing or wrong, the one the tables' shape suggests (to bind the rest).</summary>
    private static LayoutVersion BindLayout(ObjectFields top, BindContext context)
    {
        if (top.Required("layout") is { } node)
        {
            var code = context.Text(node);
            if (LayoutVersions.TryParse(code, out var layout))
            {
                return layout;
            }

            if (node is ScalarNode { Kind: ScalarKind.String })
            {
                context.Add(ParseFindings.Value(node, $"应为 \"2021\" 或 \"2019\"，实际为“{code}”。", $"must be \"2021\" or \"2019\", found \"{code}\".", context.Layout));
            }
        }

        return LooksLike2019(top.Node) ? LayoutVersion.V2019 : LayoutVersion.V2021;
    }

    private static bool LooksLike2019(ObjectNode top) =>
        top.Properties.Any(p => p.Value is ObjectNode table && (
            (p.Name == "table2" && table.Properties.Any(t => t.Name == "procurement"))
            || (p.Name == "table3" && table.Properties.Any(t => t.Name == "otherHandling" && t.Value is ArrayNode))));

    private static ReportMetadata BindMetadata(ObjectFields top, BindContext context)
    {
        var agency = BindAgency(top.Required("agency"), context);
        var yearNode = top.Required("year");
        var findingsBefore = context.Findings.Count;
        var year = context.Integer(yearNode);
        if (yearNode is not null && context.Findings.Count == findingsBefore && !ReportYears.IsInRange(year))
        {
            context.Add(ParseFindings.Value(yearNode, "应在 2008 至 2100 之间。", "must be between 2008 and 2100.", context.Layout));
        }

        var publishDateNode = top.Optional("publishDate");
        DateOnly? publishDate = publishDateNode is null ? null : BindDate(publishDateNode, context);
        var compiledBy = context.Text(top.Required("compiledBy"));
        var contact = BindContact(top.Optional("contact"), context);
        return new ReportMetadata(agency, year, publishDate, compiledBy, contact);
    }

    private static Agency BindAgency(DataNode? node, BindContext context)
    {
        if (context.Object(node, AgencyFields) is not { } fields)
        {
            return new Agency("", "", AgencyKind.Department, "");
        }

        var idNode = fields.Required("id");
        var id = context.Text(idNode);
        if (idNode is ScalarNode { Kind: ScalarKind.String } && id.Length > 0 && !AgencyIds.IsValid(id))
        {
            context.Add(ParseFindings.Value(
                idNode,
                $"“{id}”无效：只能使用小写字母、数字和连字符（-），以字母或数字开头和结尾，最长 64 个字符，例如 weixian-gov-office。",
                $"\"{id}\" is not valid: use lowercase letters, digits and hyphens, starting and ending with a letter or digit, at most 64 characters, e.g. weixian-gov-office.",
                context.Layout));
        }

        var name = context.Text(fields.Required("name"));
        var kindNode = fields.Required("kind");
        var kindCode = context.Text(kindNode);
        if (!AgencyKinds.TryParse(kindCode, out var kind) && kindNode is ScalarNode { Kind: ScalarKind.String } && kindCode.Length > 0)
        {
            context.Add(ParseFindings.Value(
                kindNode,
                $"应为 \"department\"（政府部门）或 \"government\"（人民政府），实际为“{kindCode}”。",
                $"must be \"department\" or \"government\", found \"{kindCode}\".",
                context.Layout));
        }

        var region = context.Text(fields.Required("region"));
        var regionCode = context.OptionalText(fields.Optional("regionCode"));
        return new Agency(id, name, kind, region, regionCode);
    }

    private static DateOnly BindDate(DataNode? node, BindContext context)
    {
        if (node is null)
        {
            return default;
        }

        if (node is not ScalarNode { Kind: ScalarKind.String } scalar)
        {
            context.Add(ParseFindings.Type(node, "“yyyy-MM-dd”格式的日期文本", "a date string in yyyy-MM-dd form", context.Layout));
            return default;
        }

        if (!DateOnly.TryParseExact(scalar.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            context.Add(ParseFindings.Value(
                node,
                $"应为“yyyy-MM-dd”格式的日期，例如 2022-01-20，实际为“{scalar.Text}”。",
                $"must be a date in yyyy-MM-dd form, e.g. 2022-01-20, found \"{scalar.Text}\".",
                context.Layout));
        }

        return date;
    }

    private static Contact BindContact(DataNode? node, BindContext context)
    {
        if (context.Object(node, ContactFields) is not { } fields)
        {
            return Contact.None;
        }

        return new Contact(
            context.OptionalText(fields.Optional("phone")),
            context.OptionalText(fields.Optional("email")),
            context.OptionalText(fields.Optional("address")),
            context.OptionalText(fields.Optional("website")));
    }

    private static NarrativeSection BindSection(DataNode? node, BindContext context)
    {
        if (context.Array(node) is not { } items)
        {
            return NarrativeSection.Empty;
        }

        var blocks = new List<NarrativeBlock>(items.Count);
        foreach (var item in items)
        {
            if (context.Object(item, BlockFields) is { } fields)
            {
                blocks.Add(new NarrativeBlock(
                    context.OptionalText(fields.Optional("heading")),
                    context.Strings(fields.Required("paragraphs"))));
            }
        }

        return new NarrativeSection(blocks.ToValueList());
    }
}
