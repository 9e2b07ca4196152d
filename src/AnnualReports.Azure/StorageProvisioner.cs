namespace AnnualReports.Azure;

/// <summary>Creates the containers and tables that are missing. All containers are private; <c>$web</c> is served by the static website.</summary>
public sealed class StorageProvisioner(StorageClients clients, StorageOptions options)
{
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var container in new[] { options.IncomingContainer, options.ArchiveContainer, options.RejectionsContainer, options.WebContainer })
        {
            await clients.Blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        foreach (var table in new[] { options.ReportsTable, options.UploadsTable, options.SummariesTable, options.RegenerationsTable })
        {
            await clients.Tables.GetTableClient(table).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
