using AnnualReports.OpenData.Ports;

namespace AnnualReports.OpenData;

/// <summary>Scratch space in memory: for bounded files and tests.</summary>
public sealed class MemoryScratchStreams : IScratchStreams
{
    public static MemoryScratchStreams Instance { get; } = new();

    public Stream Create() => new MemoryStream();
}
