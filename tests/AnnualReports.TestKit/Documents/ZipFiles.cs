using System.IO.Compression;

namespace AnnualReports.TestKit.Documents;

/// <summary>Zip archives built in memory, for the hostile-input tests (bombs, many entries, archives that are not Word).</summary>
public static class ZipFiles
{
    public static byte[] Build(Action<ZipArchive> fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            fill(archive);
        }

        return stream.ToArray();
    }

    public static void Write(ZipArchiveEntry entry, string text)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var writer = new StreamWriter(entry.Open());
        writer.Write(text);
    }
}
