using System.Runtime.InteropServices;

namespace AnnualReports.Bench;

/// <summary>One line about the machine the figures come from.</summary>
internal static class MachineInfo
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024 / 1024;
        return $"Machine: {Environment.ProcessorCount} cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), " +
               $"{memory} MB available, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}";
    }
}
