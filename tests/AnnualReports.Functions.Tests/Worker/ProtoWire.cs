using System.Buffers.Binary;
using System.Text;

namespace AnnualReports.Functions.Tests.Worker;

/// <summary>
/// Just enough of the protobuf wire format to speak the few Functions host messages the tests need (strings,
/// varints, nested messages), written from the field numbers of the public FunctionRpc.proto rather than generated.
/// </summary>
public sealed class ProtoWriter
{
    private readonly List<byte> _bytes = [];

    public ProtoWriter String(int field, string value)
    {
        Tag(field, 2);
        var utf8 = Encoding.UTF8.GetBytes(value);
        Varint((ulong)utf8.Length);
        _bytes.AddRange(utf8);
        return this;
    }

    public ProtoWriter Message(int field, ProtoWriter message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Tag(field, 2);
        var inner = message.ToArray();
        Varint((ulong)inner.Length);
        _bytes.AddRange(inner);
        return this;
    }

    /// <summary>A <c>map&lt;string, string&gt;</c> entry.</summary>
    public ProtoWriter MapEntry(int field, string key, string value) => Message(field, new ProtoWriter().String(1, key).String(2, value));

    public byte[] ToArray() => _bytes.ToArray();

    private void Tag(int field, int wireType) => Varint((ulong)((field << 3) | wireType));

    private void Varint(ulong value)
    {
        while (value >= 0x80)
        {
            _bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        _bytes.Add((byte)value);
    }
}

/// <summary>One field of a decoded message: its number, and either its varint or its length-delimited bytes.</summary>
public readonly record struct ProtoField(int Number, ulong Varint, ReadOnlyMemory<byte> Bytes)
{
    public string Text => Encoding.UTF8.GetString(Bytes.Span);

    public IReadOnlyList<ProtoField> Fields => ProtoReader.Read(Bytes);
}

public static class ProtoReader
{
    public static IReadOnlyList<ProtoField> Read(ReadOnlyMemory<byte> message)
    {
        var fields = new List<ProtoField>();
        var span = message.Span;
        var at = 0;
        while (at < span.Length)
        {
            var tag = ReadVarint(span, ref at);
            var number = (int)(tag >> 3);
            switch ((int)(tag & 7))
            {
                case 0:
                    fields.Add(new ProtoField(number, ReadVarint(span, ref at), default));
                    break;
                case 1:
                    fields.Add(new ProtoField(number, BinaryPrimitives.ReadUInt64LittleEndian(span[at..]), default));
                    at += 8;
                    break;
                case 2:
                    var length = (int)ReadVarint(span, ref at);
                    fields.Add(new ProtoField(number, 0, message.Slice(at, length)));
                    at += length;
                    break;
                case 5:
                    fields.Add(new ProtoField(number, BinaryPrimitives.ReadUInt32LittleEndian(span[at..]), default));
                    at += 4;
                    break;
                default:
                    throw new InvalidDataException($"Unsupported wire type in tag {tag}.");
            }
        }

        return fields;
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> span, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = span[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
