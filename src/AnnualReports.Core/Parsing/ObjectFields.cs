namespace AnnualReports.Parsing;

/// <summary>The fields of one object of the data file, checked against the names it may have.</summary>
internal sealed class ObjectFields
{
    private readonly ObjectNode _node;
    private readonly BindContext _context;
    private readonly Dictionary<string, DataNode> _values = new(StringComparer.Ordinal);

    public ObjectFields(ObjectNode node, IReadOnlyList<string> known, BindContext context)
    {
        _node = node;
        _context = context;
        foreach (var property in node.Properties)
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                context.Add(ParseFindings.Unknown(
                    property.Value.Pointer, property.Name, property.Line, property.Column, NameSuggester.Closest(property.Name, known), known, context.Layout));
            }
            else if (!_values.TryAdd(property.Name, property.Value))
            {
                context.Add(ParseFindings.Duplicate(property.Value.Pointer, property.Name, property.Line, property.Column, context.Layout));
            }
        }
    }

    public ObjectNode Node => _node;

    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>The field's value; a finding if it is absent.</summary>
    public DataNode? Required(string name)
    {
        if (_values.TryGetValue(name, out var value))
        {
            return value;
        }

        _context.Add(ParseFindings.Missing(JsonPointers.Property(_node.Pointer, name), name, _node, _context.Layout));
        return null;
    }

    /// <summary>The field's value, or null when it is absent or null.</summary>
    public DataNode? Optional(string name) =>
        _values.TryGetValue(name, out var value) && value is not ScalarNode { Kind: ScalarKind.Null } ? value : null;
}
