namespace AnnualReports.Parsing;

/// <summary>
/// A value of a data file, read from JSON or YAML, with its JSON pointer and where it starts in the input.
/// The binder maps this tree to the model, so JSON and YAML share every binding rule.
/// </summary>
internal abstract record DataNode(string Pointer, int Line, int Column)
{
    /// <summary>The JSON name of the node's type, used in messages: object, array, string, number, boolean, null.</summary>
    public abstract string KindName { get; }
}

internal sealed record ObjectNode(string Pointer, int Line, int Column, IReadOnlyList<PropertyNode> Properties)
    : DataNode(Pointer, Line, Column)
{
    public override string KindName => "object";
}

/// <summary>One property of an object: its name where the name starts, and its value.</summary>
internal sealed record PropertyNode(string Name, int Line, int Column, DataNode Value);

internal sealed record ArrayNode(string Pointer, int Line, int Column, IReadOnlyList<DataNode> Items)
    : DataNode(Pointer, Line, Column)
{
    public override string KindName => "array";
}

internal enum ScalarKind
{
    Null,
    Boolean,
    Number,
    String,
}

/// <summary>A scalar with its source text: the number as written, the string unescaped.</summary>
internal sealed record ScalarNode(string Pointer, int Line, int Column, ScalarKind Kind, string Text)
    : DataNode(Pointer, Line, Column)
{
    public override string KindName => Kind switch
    {
        ScalarKind.Null => "null",
        ScalarKind.Boolean => "boolean",
        ScalarKind.Number => "number",
        _ => "string",
    };
}
