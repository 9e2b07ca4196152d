using System.Reflection;
using System.Text;

namespace AnnualReports.Regions;

/// <summary>
/// The GB/T 2260 division list embedded in Core (<c>Regions/divisions.tsv</c>, generated from a published source by
/// <c>scripts/regions/convert-china-division.mjs</c>): provinces, prefectures and counties under the nation
/// (<see cref="National"/>), where central-government departments sit. Immutable and thread-safe.
/// </summary>
public sealed class Divisions
{
    /// <summary>The nation (全国): not a GB/T 2260 code; the parent of every province.</summary>
    public const string National = "000000";

    /// <summary>Region names that mean the central level, where the State Council's departments sit.</summary>
    private static readonly string[] NationalNames = ["全国", "中央", "国家", "中华人民共和国"];

    private static readonly Lazy<Divisions> EmbeddedList = new(() => Parse(ReadEmbedded()));

    private readonly Dictionary<string, Division> _byCode;
    private readonly Dictionary<string, List<Division>> _children;
    private readonly Dictionary<string, string> _fullNames;

    /// <summary>Names already matched: a site has a few thousand distinct region names and a million reports that repeat them.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, RegionMatch> _matches = new(StringComparer.Ordinal);

    private Divisions(IEnumerable<Division> divisions)
    {
        _byCode = divisions.ToDictionary(d => d.Code, StringComparer.Ordinal);
        _children = _byCode.Values
            .Where(d => !d.IsNational)
            .GroupBy(d => d.ParentCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.Code, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        _fullNames = _byCode.Values.ToDictionary(d => d.Code, d => string.Concat(ChainOf(d).Where(c => !c.IsNational).Select(c => c.Name)), StringComparer.Ordinal);
    }

    /// <summary>The list shipped with the site.</summary>
    public static Divisions Embedded => EmbeddedList.Value;

    public Division Nation => _byCode[National];

    public int Count => _byCode.Count;

    public Division? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var d) ? d : null;

    public bool Contains(string? code) => Find(code) is not null;

    public IReadOnlyList<Division> ChildrenOf(string code) =>
        _children.TryGetValue(code, out var list) ? list : [];

    /// <summary>The nation first, then each level down to the division itself.</summary>
    public IReadOnlyList<Division> Chain(string code) =>
        Find(code) is { } division ? ChainOf(division) : throw new ArgumentException($"Unknown division code '{code}'.", nameof(code));

    /// <summary>The names from the province down, e.g. 河北省邢台市威县; 全国 for the nation.</summary>
    public string FullName(string code) => Find(code) is { IsNational: true } ? "全国" : _fullNames[code];

    /// <summary>
    /// The division a region name names: the name is a division's full name (河北省邢台市威县) or the end of it from
    /// a division's own name on (邢台市威县, 威县). 全国, 中央 and 国家 name the nation.
    /// </summary>
    public RegionMatch Match(string? regionName) => _matches.Count < MaxCachedMatches
        ? _matches.GetOrAdd(regionName ?? "", MatchUncached)
        : _matches.TryGetValue(regionName ?? "", out var known) ? known : MatchUncached(regionName ?? "");

    private const int MaxCachedMatches = 100_000;

    private RegionMatch MatchUncached(string regionName)
    {
        var name = regionName.Trim();
        if (name.Length == 0)
        {
            return new RegionMatch(null, []);
        }

        if (NationalNames.Contains(name, StringComparer.Ordinal))
        {
            return new RegionMatch(Nation, [Nation]);
        }

        var candidates = _byCode.Values
            .Where(d => !d.IsNational && EndsWithChain(d, name))
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        return new RegionMatch(candidates.Count == 1 ? candidates[0] : null, candidates);
    }

    /// <summary>True when <paramref name="name"/> is the division's own name preceded by the names of some of its ancestors, nearest last.</summary>
    private bool EndsWithChain(Division division, string name)
    {
        var full = _fullNames[division.Code];
        if (!full.EndsWith(name, StringComparison.Ordinal) || name.Length < division.Name.Length)
        {
            return false;
        }

        // The name must start at a division boundary: 邢台市威县 yes, 台市威县 no.
        var start = full.Length - name.Length;
        var boundary = 0;
        foreach (var level in ChainOf(division).Where(c => !c.IsNational))
        {
            if (boundary == start)
            {
                return true;
            }

            boundary += level.Name.Length;
        }

        return false;
    }

    private List<Division> ChainOf(Division division)
    {
        var chain = new List<Division>();
        for (var d = division; ; d = _byCode[d.ParentCode])
        {
            chain.Add(d);
            if (d.IsNational)
            {
                break;
            }
        }

        chain.Reverse();
        return chain;
    }

    /// <summary>Parses the list's text: comment lines start with #, each other line is code, parent and name separated by tabs.</summary>
    internal static Divisions Parse(string text)
    {
        var rows = new List<(string Code, string Parent, string Name)>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 3 || cells[0].Length != 6 || cells[1].Length != 6)
            {
                throw new InvalidDataException($"Division list line \"{line}\" is not code<TAB>parent<TAB>name.");
            }

            rows.Add((cells[0], cells[1], cells[2]));
        }

        var parents = rows.ToDictionary(r => r.Code, r => r.Parent, StringComparer.Ordinal);
        int Depth(string code) => code == National ? 0 : 1 + Depth(parents.TryGetValue(code, out var p) ? p : throw new InvalidDataException($"Division {code} has an unknown parent."));
        return new Divisions(
        [
            new Division(National, "", "全国", DivisionLevel.Nation),
            .. rows.Select(r => new Division(r.Code, r.Parent, r.Name, (DivisionLevel)Depth(r.Code))),
        ]);
    }

    private static string ReadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Regions/divisions.tsv")
            ?? throw new InvalidOperationException("The embedded division list Regions/divisions.tsv is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
