using AnnualReports.OpenData.Ports;

namespace AnnualReports.Azure;

/// <summary>Scratch space in temporary files, deleted when their stream is disposed: the site-wide data files never sit in memory.</summary>
public sealed class TempFileScratchStreams : IScratchStreams
{
    public Stream Create() => new FileStream(
        Path.Combine(Path.GetTempPath(), "annual-reports-" + Guid.NewGuid().ToString("N") + ".tmp"),
        FileMode.CreateNew,
        FileAccess.ReadWrite,
        FileShare.None,
        bufferSize: 81920,
        FileOptions.DeleteOnClose | FileOptions.Asynchronous);
}
