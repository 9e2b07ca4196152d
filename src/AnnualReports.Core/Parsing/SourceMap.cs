using AnnualReports.Findings;

namespace AnnualReports.Parsing;

/// <summary>
/// Where each field and cell of a data file starts: JSON pointer → line:column. A property maps to its name,
/// an array item to its value. Used to point validation findings at the input. Built from the node tree on first
/// use: a file that passes validation never needs it. Thread-safe.
/// </summary>
public sealed class SourceMap
{
    private readonly DataNode? _root;
    private Dictionary<string, SourceLocation>? _locations;

    private SourceMap(DataNode? root) => _root = root;

    public static SourceMap Empty { get; } = new(null);

    public int Count => Locations.Count;

    private Dictionary<string, SourceLocation> Locations =>
        LazyInitializer.EnsureInitialized(ref _locations, () => Build(_root));

    internal static SourceMap From(DataNode? root) => root is null ? Empty : new SourceMap(root);

    /// <summary>The location of exactly this pointer, if the input has it.</summary>
    public bool TryGet(string pointer, out SourceLocation location) => Locations.TryGetValue(pointer, out location!);

    /// <summary>The location of the pointer, or of its nearest ancestor the input has (a missing field → its object).</summary>
    public SourceLocation? Find(string pointer)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        for (string? current = pointer; current is not null; current = JsonPointers.Parent(current))
        {
            if (Locations.TryGetValue(current, out var location))
            {
                return location with { Pointer = pointer };
            }
        }

        return null;
    }

    /// <summary>The finding with its <see cref="Finding.Location"/> set from its first cell; unchanged if it has none.</summary>
    public Finding Locate(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Cells.Count > 0 && Find(finding.Cells[0].Pointer) is { } location
            ? finding with { Location = location }
            : finding;
    }

    private static Dictionary<string, SourceLocation> Build(DataNode? root)
    {
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        if (root is not null)
        {
            Add(root, root.Line, root.Column, locations);
        }

        return locations;
    }

    private static void Add(DataNode node, int line, int column, Dictionary<string, SourceLocation> locations)
    {
        var stack = new Stack<(DataNode Node, int Line, int Column)>();
        stack.Push((node, line, column));
        while (stack.TryPop(out var entry))
        {
            locations[entry.Node.Pointer] = new SourceLocation(entry.Node.Pointer, entry.Line, entry.Column);
            switch (entry.Node)
            {
                case ObjectNode obj:
                    foreach (var property in obj.Properties)
                    {
                        stack.Push((property.Value, property.Line, property.Column));
                    }

                    break;
                case ArrayNode array:
                    foreach (var item in array.Items)
                    {
                        stack.Push((item, item.Line, item.Column));
                    }

                    break;
            }
        }
    }
}
