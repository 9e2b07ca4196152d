using AnnualReports.Azure.IntegrationTests;
using AnnualReports.Azure;
using AnnualReports.Azure.IntegrationTests.Faults;
using AnnualReports.Azure.Local;

namespace AnnualReports.Bench;

/// <summary>
/// The storage-fault run of <c>StorageFaultRunTests</c> at a larger count: the same mixed upload sequence played
/// without faults and with a share of storage requests failing, then the two end states compared. Exit code 1 when
/// they differ, when either has a problem (broken link, orphan, upload without record) or an event was lost.
/// </summary>
internal static class FaultBenchmark
{
    public static async Task<int> RunAsync(int uploads, double faultRate)
    {
        using var azurite = await AzuriteProcess.StartAsync(new AzuriteSettings { StartTimeout = TimeSpan.FromSeconds(120) }).ConfigureAwait(false);
        var reference = await FaultRun.RunAsync(azurite.ConnectionString, Names("ref"), new FaultRunSettings(uploads, 0, 13, Progress: Console.WriteLine)).ConfigureAwait(false);
        var faulty = await FaultRun.RunAsync(azurite.ConnectionString, Names("flt"), new FaultRunSettings(uploads, faultRate, 13, Progress: Console.WriteLine)).ConfigureAwait(false);
        Console.WriteLine(MachineInfo.Describe());
        Console.WriteLine(FaultRunReport.Describe(reference, faulty));
        // A file the fault run's listing lacks: is the blob really not there, or only not listed?
        var clients = StorageClients.FromConnectionString(azurite.ConnectionString);
        foreach (var difference in faulty.Snapshot.DifferencesFrom(reference.Snapshot).Where(d => d.StartsWith("archive ", StringComparison.Ordinal)))
        {
            var path = difference["archive ".Length..difference.IndexOf(':', StringComparison.Ordinal)];
            var exists = await clients.Blobs.GetBlobContainerClient(Names("flt").ArchiveContainer).GetBlobClient(path).ExistsAsync().ConfigureAwait(false);
            Console.WriteLine($"archive-flt/{path} exists when asked directly: {exists.Value}");
        }

        var clean = faulty.Snapshot.DifferencesFrom(reference.Snapshot).Count == 0
            && faulty.Snapshot.Problems.Count == 0 && reference.Snapshot.Problems.Count == 0 && faulty.LostEvents.Count == 0;
        return clean ? 0 : 1;
    }

    private static StorageOptions Names(string run) => IsolatedStorageNames.For(run);
}
