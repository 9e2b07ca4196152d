using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace AnnualReports.Azure.Queues;

/// <summary>
/// The regeneration queue and its poison queue on the reports account, from the same <c>ReportsStorage</c> setting
/// as the Functions queue trigger: a connection string, or <c>ReportsStorage__queueServiceUri</c> with the identity.
/// Messages are base64, the encoding the trigger expects.
/// </summary>
public sealed record RegenerationQueues(QueueClient Work, QueueClient Poison)
{
    /// <summary>The queue the trigger watches; the Functions host moves a batch to <c>{name}-poison</c> after maxDequeueCount deliveries.</summary>
    public const string DefaultName = "regenerate";

    public static RegenerationQueues FromService(QueueServiceClient service, string name) =>
        new(service.GetQueueClient(name), service.GetQueueClient(name + "-poison"));

    public static QueueServiceClient ServiceFromConnectionString(string connectionString) =>
        new(connectionString, ClientOptions());

    public static QueueServiceClient ServiceFrom(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(StorageOptions.ConnectionName);
        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            return ServiceFromConnectionString(section.Value);
        }

        var queueUri = section["queueServiceUri"];
        if (string.IsNullOrWhiteSpace(queueUri))
        {
            throw new InvalidOperationException(
                $"Set '{StorageOptions.ConnectionName}' to a connection string, or '{StorageOptions.ConnectionName}__queueServiceUri' for identity-based access.");
        }

        return new QueueServiceClient(new Uri(queueUri), StorageClients.Credential(section["credential"], section["clientId"]), ClientOptions());
    }

    /// <summary>Creates both queues when missing.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await Work.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await Poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static QueueClientOptions ClientOptions() => new() { MessageEncoding = QueueMessageEncoding.Base64 };
}
