namespace AnnualReports.OpenData.Ports;

/// <summary>
/// Scratch space for a file too large to keep in memory while it is built (the site-wide data files): a temporary
/// file in the apps, memory in tests. The caller disposes the stream, which removes it.
/// </summary>
public interface IScratchStreams
{
    Stream Create();
}
