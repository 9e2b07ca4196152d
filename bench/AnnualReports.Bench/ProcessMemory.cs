using System.Diagnostics;
using System.Globalization;

namespace AnnualReports.Bench;

/// <summary>Peak resident memory (Linux <c>VmHWM</c>) of this process and of the Azurite processes it started.</summary>
internal static class ProcessMemory
{
    /// <summary>Resets the peak of this process to its current size (Linux <c>clear_refs</c> 5), so a phase can be measured alone.</summary>
    public static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText($"/proc/{Environment.ProcessId}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static long PeakBytes()
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return StatusKilobytes(Environment.ProcessId, "VmHWM:") is { } kb ? kb * 1024 : self.PeakWorkingSet64;
    }

    /// <summary>Peak resident bytes summed over every descendant process (Azurite runs as node under this process).</summary>
    public static long DescendantsPeakBytes() => Descendants(Environment.ProcessId).Sum(pid => (StatusKilobytes(pid, "VmHWM:") ?? 0) * 1024);

    private static List<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && StatusKilobytes(pid, "PPid:") is { } ppid)
            {
                parents[pid] = (int)ppid;
            }
        }

        var found = new List<int>();
        var frontier = new Queue<int>([root]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var child in parents.Where(p => p.Value == parent).Select(p => p.Key))
            {
                found.Add(child);
                frontier.Enqueue(child);
            }
        }

        return found;
    }

    /// <summary>CPU time used so far by every descendant process (user + system, from <c>/proc/{pid}/stat</c>).</summary>
    public static TimeSpan DescendantsCpu()
    {
        var ticks = 0L;
        foreach (var pid in Descendants(Environment.ProcessId))
        {
            try
            {
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // The process has gone.
            }
        }

        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>A numeric field of <c>/proc/{pid}/status</c> (kB for sizes).</summary>
    private static long? StatusKilobytes(int pid, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? null : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
