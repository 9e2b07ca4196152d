using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace AnnualReports.Rendering;

/// <summary>
/// A read-only, in-memory <see cref="IFileProvider"/> over a <see cref="TemplateSet"/>'s files, for Fluid's partials.
/// Fluid asks for a partial's file on every <c>render</c> tag (once per table cell), so each file is encoded once.
/// </summary>
internal sealed class TemplateSetFileProvider(IReadOnlyDictionary<string, string> files) : IFileProvider
{
    private readonly FrozenDictionary<string, IFileInfo> _files =
        files.ToFrozenDictionary(f => f.Key, IFileInfo (f) => new TextFileInfo(f.Key, f.Value), StringComparer.Ordinal);

    /// <summary>Names asked for that are not in the set (Fluid tries a partial's name without its extension first, on every render).</summary>
    private readonly ConcurrentDictionary<string, IFileInfo> _missing = new(StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath)
    {
        ArgumentNullException.ThrowIfNull(subpath);
        if (_files.TryGetValue(subpath, out var file))
        {
            return file;
        }

        var name = subpath.TrimStart('/');
        return _files.TryGetValue(name, out file) ? file : _missing.GetOrAdd(name, static n => new NotFoundFileInfo(n));
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class TextFileInfo(string name, string text) : IFileInfo
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(text);

        public bool Exists => true;

        public long Length => _bytes.Length;

        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
    }
}
