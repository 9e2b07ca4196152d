using System.Globalization;
using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Parsing;

/// <summary>
/// Converts nodes to values and collects every problem as a finding. A conversion that fails returns a harmless
/// default so binding goes on and reports all problems of the file; the binder discards the report if any was found.
/// </summary>
internal sealed class BindContext
{
    private readonly List<Finding> _findings = [];

    /// <summary>The layout the file declares (or appears to use), for labels and the shape of tables 二 and 三.</summary>
    public LayoutVersion Layout { get; set; } = LayoutVersion.V2021;

    public IReadOnlyList<Finding> Findings => _findings;

    public bool HasErrors => _findings.Count > 0;

    public void Add(Finding finding)
    {
        if (_findings.Count < ParseLimits.MaxFindings)
        {
            _findings.Add(finding);
        }
        else if (_findings.Count == ParseLimits.MaxFindings)
        {
            _findings.Add(ParseFindings.TooManyFindings(ParseLimits.MaxFindings));
        }
    }

    /// <summary>An object whose fields are all in <paramref name="known"/>; reports unknown and repeated fields.</summary>
    public ObjectFields? Object(DataNode? node, IReadOnlyList<string> known)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not ObjectNode obj)
        {
            Add(ParseFindings.Type(node, "对象", "an object", Layout));
            return null;
        }

        return new ObjectFields(obj, known, this);
    }

    /// <summary>A required, non-empty string.</summary>
    public string Text(DataNode? node)
    {
        if (node is null)
        {
            return "";
        }

        if (node is not ScalarNode { Kind: ScalarKind.String } scalar)
        {
            Add(ParseFindings.Type(node, "文本", "a string", Layout));
            return "";
        }

        if (string.IsNullOrWhiteSpace(scalar.Text))
        {
            Add(ParseFindings.Value(node, "不能为空。", "must not be empty.", Layout));
        }

        return scalar.Text;
    }

    /// <summary>An optional string: absent or null is null.</summary>
    public string? OptionalText(DataNode? node)
    {
        switch (node)
        {
            case null or ScalarNode { Kind: ScalarKind.Null }:
                return null;
            case ScalarNode { Kind: ScalarKind.String } scalar:
                return scalar.Text;
            default:
                Add(ParseFindings.Type(node, "文本或 null", "a string or null", Layout));
                return null;
        }
    }

    /// <summary>
    /// A count: a whole number, or null for a blank cell. Negative counts are kept (the validator reports them);
    /// fractional ones are findings here.
    /// </summary>
    public int? Count(DataNode? node)
    {
        if (node is null or ScalarNode { Kind: ScalarKind.Null })
        {
            return null;
        }

        if (Number(node, "整数或 null（空白）", "a whole number or null (blank)") is not { } value)
        {
            return null;
        }

        if (value != decimal.Truncate(value))
        {
            Add(ParseFindings.NotInteger((ScalarNode)node, value, Layout));
            return null;
        }

        if (value is < int.MinValue or > int.MaxValue)
        {
            Add(ParseFindings.Value(node, $"超出范围：{((ScalarNode)node).Text}。", $"out of range: {((ScalarNode)node).Text}.", Layout));
            return null;
        }

        return (int)value;
    }

    /// <summary>A required whole number (not null).</summary>
    public int Integer(DataNode? node)
    {
        if (node is ScalarNode { Kind: ScalarKind.Null })
        {
            Add(ParseFindings.Type(node, "整数", "a whole number", Layout));
            return 0;
        }

        return Count(node) ?? 0;
    }

    /// <summary>An amount such as 万元: any decimal number, or null for a blank cell.</summary>
    public decimal? Amount(DataNode? node) =>
        node is null or ScalarNode { Kind: ScalarKind.Null } ? null : Number(node, "数字或 null（空白）", "a number or null (blank)");

    /// <summary>An array, of exactly <paramref name="length"/> items when given.</summary>
    public IReadOnlyList<DataNode>? Array(DataNode? node, int? length = null)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not ArrayNode array)
        {
            Add(ParseFindings.Type(node, length is null ? "数组" : $"含 {length} 个单元格的数组", length is null ? "an array" : $"an array of {length} cells", Layout));
            return null;
        }

        if (length is { } expected && array.Items.Count != expected)
        {
            Add(ParseFindings.Value(
                node,
                $"应有 {expected} 个单元格，实际有 {array.Items.Count} 个。",
                $"must have {expected} cells, found {array.Items.Count}.",
                Layout));
            return null;
        }

        return array.Items;
    }

    /// <summary>A row of <paramref name="length"/> count cells; all blank if the row is unusable.</summary>
    public int?[] Cells(DataNode? node, int length)
    {
        var cells = new int?[length];
        if (Array(node, length) is { } items)
        {
            for (var i = 0; i < length; i++)
            {
                cells[i] = Count(items[i]);
            }
        }

        return cells;
    }

    /// <summary>A list of strings (paragraphs).</summary>
    public ValueList<string> Strings(DataNode? node)
    {
        if (Array(node) is not { } items)
        {
            return ValueList<string>.Empty;
        }

        var strings = new List<string>(items.Count);
        foreach (var item in items)
        {
            if (item is ScalarNode { Kind: ScalarKind.String } scalar)
            {
                strings.Add(scalar.Text);
            }
            else
            {
                Add(ParseFindings.Type(item, "文本", "a string", Layout));
            }
        }

        return strings.ToValueList();
    }

    private decimal? Number(DataNode node, string expectedZh, string expectedEn)
    {
        if (node is not ScalarNode { Kind: ScalarKind.Number } scalar)
        {
            Add(ParseFindings.Type(node, expectedZh, expectedEn, Layout));
            return null;
        }

        if (!decimal.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            Add(ParseFindings.Value(node, $"超出范围：{scalar.Text}。", $"out of range: {scalar.Text}.", Layout));
            return null;
        }

        return value;
    }
}
