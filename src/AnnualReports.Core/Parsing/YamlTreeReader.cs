using System.Text.RegularExpressions;
using AnnualReports.Findings;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AnnualReports.Parsing;

/// <summary>
/// Reads YAML into the positioned node tree from YamlDotNet's parser events. Plain scalars are typed by the
/// YAML 1.2 core schema (null, booleans, numbers); quoted and block scalars are always strings, so a date or a
/// layout code written unquoted is a number or a string exactly as a YAML 1.2 reader would see it.
/// Aliases are refused: the data file needs none, and they are the way to a "billion laughs" expansion.
/// </summary>
internal sealed partial class YamlTreeReader
{
    private readonly Parser _parser;
    private readonly List<Finding> _findings = [];
    private bool _stopped;

    private YamlTreeReader(string text) => _parser = new Parser(new StringReader(text));

    public static ReadOutcome Read(string text) => new YamlTreeReader(text).Read();

    private ReadOutcome Read()
    {
        try
        {
            Next(); // StreamStart
            Next();
            if (_parser.Current is StreamEnd)
            {
                return new ReadOutcome(null, [ParseFindings.Empty()]);
            }

            Next(); // past DocumentStart
            var root = ReadNode("", 1);
            if (_stopped || root is null)
            {
                return new ReadOutcome(null, _findings);
            }

            Next(); // past the root's last event, at DocumentEnd
            Next();
            if (_parser.Current is not StreamEnd)
            {
                var mark = _parser.Current?.Start ?? Mark.Empty;
                _findings.Add(ParseFindings.Syntax("YAML", "只能有一个文档", "only one document is allowed", "", (int)mark.Line, (int)mark.Column));
                return new ReadOutcome(null, _findings);
            }

            return new ReadOutcome(root, _findings);
        }
        catch (YamlException ex)
        {
            _findings.Add(ParseFindings.Syntax("YAML", null, Describe(ex), "", (int)ex.Start.Line, (int)ex.Start.Column));
            return new ReadOutcome(null, _findings);
        }
    }

    private void Next()
    {
        if (!_parser.MoveNext())
        {
            throw new YamlException("unexpected end of input");
        }
    }

    /// <summary>Reads the node at the current event; leaves the parser on the node's last event.</summary>
    private DataNode? ReadNode(string pointer, int depth)
    {
        var current = _parser.Current!;
        var line = (int)current.Start.Line;
        var column = (int)current.Start.Column;
        switch (current)
        {
            case Scalar scalar:
                return ToScalar(scalar, pointer, line, column);
            case MappingStart:
                return Deeper(pointer, line, column, depth) ? ReadMapping(pointer, line, column, depth) : null;
            case SequenceStart:
                return Deeper(pointer, line, column, depth) ? ReadSequence(pointer, line, column, depth) : null;
            case AnchorAlias:
                _findings.Add(ParseFindings.Syntax("YAML", "不支持别名（*alias）", "aliases are not supported", pointer, line, column));
                _stopped = true;
                return null;
            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }
    }

    private bool Deeper(string pointer, int line, int column, int depth)
    {
        if (depth <= ParseLimits.MaxDepth)
        {
            return true;
        }

        _findings.Add(ParseFindings.TooDeep(pointer, line, column, ParseLimits.MaxDepth));
        _stopped = true;
        return false;
    }

    private ObjectNode? ReadMapping(string pointer, int line, int column, int depth)
    {
        var properties = new List<PropertyNode>();
        while (true)
        {
            Next();
            if (_parser.Current is MappingEnd)
            {
                return new ObjectNode(pointer, line, column, properties);
            }

            if (_parser.Current is not Scalar key)
            {
                var start = _parser.Current!.Start;
                _findings.Add(ParseFindings.Syntax("YAML", "字段名必须是文本", "keys must be plain text", pointer, (int)start.Line, (int)start.Column));
                _stopped = true;
                return null;
            }

            Next();
            var value = ReadNode(JsonPointers.Property(pointer, key.Value), depth + 1);
            if (value is null)
            {
                return null;
            }

            properties.Add(new PropertyNode(key.Value, (int)key.Start.Line, (int)key.Start.Column, value));
        }
    }

    private ArrayNode? ReadSequence(string pointer, int line, int column, int depth)
    {
        var items = new List<DataNode>();
        while (true)
        {
            Next();
            if (_parser.Current is SequenceEnd)
            {
                return new ArrayNode(pointer, line, column, items);
            }

            var item = ReadNode(JsonPointers.Item(pointer, items.Count), depth + 1);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
        }
    }

    private static ScalarNode ToScalar(Scalar scalar, string pointer, int line, int column)
    {
        if (scalar.Style != ScalarStyle.Plain || !scalar.Tag.IsEmpty)
        {
            return new ScalarNode(pointer, line, column, ScalarKind.String, scalar.Value);
        }

        var text = scalar.Value;
        var kind = text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => ScalarKind.Null,
            "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarKind.Boolean,
            _ when CoreSchemaNumber().IsMatch(text) => ScalarKind.Number,
            _ => ScalarKind.String,
        };
        return new ScalarNode(pointer, line, column, kind, kind == ScalarKind.Boolean ? text.ToLowerInvariant() : text);
    }

    /// <summary>The parser's message without the "(Line: 3, Col: 5, Idx: 20) - (…): " prefix.</summary>
    private static string Describe(YamlException ex) => PositionPrefix().Replace(ex.Message, "");

    /// <summary>Decimal integers and floats of the YAML 1.2 core schema (no .inf/.nan: counts are finite).</summary>
    [GeneratedRegex(@"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CoreSchemaNumber();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPrefix();
}
