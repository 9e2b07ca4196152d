using System.Collections.Frozen;
using System.Text;
using Microsoft.Extensions.FileProviders;

namespace AnnualReports.Rendering;

/// <summary>
/// The site's templates and stylesheet by file name (<c>report.liquid</c>, <c>_table3.liquid</c>, <c>site.css</c>).
/// Immutable. The default set is embedded in the core assembly; a set can also be read from any
/// <see cref="IFileProvider"/> (e.g. a directory, supplied by the caller) or changed file by file with <see cref="With"/>.
/// </summary>
public sealed class TemplateSet
{
    private const string ResourcePrefix = "Templates/";

    /// <summary>Files every set must have: the pages <see cref="SiteRenderer"/> renders, and the stylesheet.</summary>
    public static IReadOnlyList<string> RequiredFiles { get; } =
    [
        TemplateNames.Layout, TemplateNames.Report, TemplateNames.Home, TemplateNames.Region, TemplateNames.Agency,
        TemplateNames.NotFound, TemplateNames.Rejection, TemplateNames.DataDictionary, TemplateNames.Stylesheet,
    ];

    private static readonly Lazy<TemplateSet> EmbeddedSet = new(LoadEmbedded);

    private readonly FrozenDictionary<string, string> _files;

    private TemplateSet(IEnumerable<KeyValuePair<string, string>> files)
    {
        _files = files.ToFrozenDictionary(StringComparer.Ordinal);
        var missing = RequiredFiles.Where(name => !_files.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"The template set lacks {string.Join(", ", missing)}.", nameof(files));
        }
    }

    /// <summary>The templates shipped in the core assembly.</summary>
    public static TemplateSet Embedded() => EmbeddedSet.Value;

    /// <summary>A set from file names and texts; every file of <see cref="RequiredFiles"/> must be there.</summary>
    public static TemplateSet FromFiles(IEnumerable<KeyValuePair<string, string>> files) =>
        new(files ?? throw new ArgumentNullException(nameof(files)));

    /// <summary>Reads every file at the root of <paramref name="provider"/> (e.g. a <c>PhysicalFileProvider</c> over a folder).</summary>
    public static TemplateSet FromFileProvider(IFileProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var files = provider.GetDirectoryContents("")
            .Where(f => !f.IsDirectory)
            .Select(f => KeyValuePair.Create(f.Name, Read(f)));
        return new TemplateSet(files);
    }

    public IEnumerable<string> FileNames => _files.Keys.Order(StringComparer.Ordinal);

    public string this[string fileName] =>
        _files.TryGetValue(fileName, out var text) ? text : throw new KeyNotFoundException($"No template named '{fileName}'.");

    public bool Contains(string fileName) => _files.ContainsKey(fileName);

    /// <summary>A copy of this set with one file added or replaced.</summary>
    public TemplateSet With(string fileName, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentNullException.ThrowIfNull(text);
        var files = _files.ToDictionary(StringComparer.Ordinal);
        files[fileName] = text;
        return new TemplateSet(files);
    }

    /// <summary>The set seen by Fluid's <c>include</c> and <c>render</c> tags.</summary>
    internal IFileProvider ToFileProvider() => new TemplateSetFileProvider(_files);

    private static TemplateSet LoadEmbedded()
    {
        var assembly = typeof(TemplateSet).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                return KeyValuePair.Create(name[ResourcePrefix.Length..], ReadAll(stream));
            });
        return new TemplateSet(files);
    }

    private static string Read(IFileInfo file)
    {
        using var stream = file.CreateReadStream();
        return ReadAll(stream);
    }

    private static string ReadAll(Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
