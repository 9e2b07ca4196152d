using System.Text;
using System.Text.Json;
using AnnualReports.Findings;

namespace AnnualReports.Parsing;

/// <summary>Reads JSON into the positioned node tree with <see cref="Utf8JsonReader"/>.</summary>
internal sealed class JsonTreeReader
{
    private static readonly string[] Digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    private readonly byte[] _content;
    private readonly int _start;
    private readonly LineIndex _lines;
    private readonly List<Finding> _findings = [];
    private bool _stopped;

    private JsonTreeReader(byte[] content, int start)
    {
        _content = content;
        _start = start;
        _lines = new LineIndex(content, start);
    }

    /// <param name="content">UTF-8 input, already checked to be valid UTF-8.</param>
    /// <param name="start">Where the JSON text starts (3 after a byte order mark).</param>
    public static ReadOutcome Read(byte[] content, int start) => new JsonTreeReader(content, start).Read();

    private ReadOutcome Read()
    {
        var reader = new Utf8JsonReader(
            _content.AsSpan(_start),
            new JsonReaderOptions { MaxDepth = ParseLimits.MaxDepth * 2, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read())
            {
                return new ReadOutcome(null, [ParseFindings.Empty()]);
            }

            var root = ReadValue(ref reader, "", 1);
            if (!_stopped)
            {
                // Throws if anything but whitespace follows the root value.
                reader.Read();
            }

            return new ReadOutcome(_stopped ? null : root, _findings);
        }
        catch (JsonException ex)
        {
            var (line, column) = _lines.AtLineByte(ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            _findings.Add(ParseFindings.Syntax("JSON", null, Describe(ex), "", line, column));
            return new ReadOutcome(null, _findings);
        }
    }

    private DataNode? ReadValue(ref Utf8JsonReader reader, string pointer, int depth)
    {
        var (line, column) = Position(reader);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return Deeper(pointer, line, column, depth) ? ReadObject(ref reader, pointer, line, column, depth) : null;
            case JsonTokenType.StartArray:
                return Deeper(pointer, line, column, depth) ? ReadArray(ref reader, pointer, line, column, depth) : null;
            case JsonTokenType.String:
                return new ScalarNode(pointer, line, column, ScalarKind.String, reader.GetString() ?? "");
            case JsonTokenType.Number:
                return new ScalarNode(pointer, line, column, ScalarKind.Number, NumberText(reader.ValueSpan));
            case JsonTokenType.True:
                return new ScalarNode(pointer, line, column, ScalarKind.Boolean, "true");
            case JsonTokenType.False:
                return new ScalarNode(pointer, line, column, ScalarKind.Boolean, "false");
            default:
                return new ScalarNode(pointer, line, column, ScalarKind.Null, "null");
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

    private ObjectNode? ReadObject(ref Utf8JsonReader reader, string pointer, int line, int column, int depth)
    {
        var properties = new List<PropertyNode>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = (reader.ValueIsEscaped ? null : FieldNames.Find(reader.ValueSpan)) ?? reader.GetString() ?? "";
            var (nameLine, nameColumn) = Position(reader);
            reader.Read();
            var value = ReadValue(ref reader, JsonPointers.Property(pointer, name), depth + 1);
            if (value is null)
            {
                return null;
            }

            properties.Add(new PropertyNode(name, nameLine, nameColumn, value));
        }

        return new ObjectNode(pointer, line, column, properties);
    }

    private ArrayNode? ReadArray(ref Utf8JsonReader reader, string pointer, int line, int column, int depth)
    {
        var items = new List<DataNode>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var item = ReadValue(ref reader, JsonPointers.Item(pointer, items.Count), depth + 1);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
        }

        return new ArrayNode(pointer, line, column, items);
    }

    /// <summary>The number as written; one-digit numbers (most table cells) share their strings.</summary>
    private static string NumberText(ReadOnlySpan<byte> utf8) =>
        utf8 is [var digit and >= (byte)'0' and <= (byte)'9'] ? Digits[digit - '0'] : Encoding.UTF8.GetString(utf8);

    private (int Line, int Column) Position(Utf8JsonReader reader) => _lines.At(_start + reader.TokenStartIndex);

    /// <summary>The reader's message without its own "LineNumber: … | BytePositionInLine: …" suffix.</summary>
    private static string Describe(JsonException ex)
    {
        var message = ex.Message;
        var suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (suffix > 0 ? message[..suffix] : message).TrimEnd();
    }
}
