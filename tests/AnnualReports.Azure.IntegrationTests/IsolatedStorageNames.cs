namespace AnnualReports.Azure.IntegrationTests;

/// <summary>
/// Every container, table and queue of the pipeline under names of its own, so runs sharing one Azurite (a test and
/// its reference run, parallel tests) never see each other's data. A name the pipeline gains belongs here.
/// </summary>
public static class IsolatedStorageNames
{
    public static StorageOptions For(string suffix) => new()
    {
        IncomingContainer = $"incoming-{suffix}",
        ArchiveContainer = $"archive-{suffix}",
        RejectionsContainer = $"rejections-{suffix}",
        WebContainer = $"web-{suffix}",
        ReportsTable = $"reports{suffix}",
        UploadsTable = $"uploads{suffix}",
        SummariesTable = $"summaries{suffix}",
        RegenerationsTable = $"regenerations{suffix}",
        RegenerationQueue = $"regenerate-{suffix}",
    };
}
