using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace AnnualReports.Azure;

/// <summary>
/// The Blob and Table service clients of the reports account, from the named connection setting: either a
/// connection string (<c>ReportsStorage</c>) or identity-based URIs (<c>ReportsStorage__blobServiceUri</c>,
/// <c>ReportsStorage__tableServiceUri</c>, <c>ReportsStorage__credential</c> = <c>managedidentity</c>, optional
/// <c>ReportsStorage__clientId</c> of a user-assigned identity).
/// Transient errors are retried by the SDK with exponential backoff.
/// </summary>
public sealed record StorageClients(BlobServiceClient Blobs, TableServiceClient Tables)
{
    /// <param name="configure">Adjusts both clients' options after the defaults (tests add policies, such as a fault injector).</param>
    public static StorageClients FromConnectionString(string connectionString, Action<ClientOptions>? configure = null) =>
        new(new BlobServiceClient(connectionString, Configured(Retrying(new BlobClientOptions()), configure)),
            new TableServiceClient(connectionString, Configured(Retrying(new TableClientOptions()), configure)));

    public static StorageClients From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(StorageOptions.ConnectionName);
        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            return FromConnectionString(section.Value);
        }

        var blobUri = section["blobServiceUri"];
        var tableUri = section["tableServiceUri"];
        if (string.IsNullOrWhiteSpace(blobUri) || string.IsNullOrWhiteSpace(tableUri))
        {
            throw new InvalidOperationException(
                $"Set '{StorageOptions.ConnectionName}' to a connection string, or both '{StorageOptions.ConnectionName}__blobServiceUri' " +
                $"and '{StorageOptions.ConnectionName}__tableServiceUri' for identity-based access.");
        }

        var credential = Credential(section["credential"], section["clientId"]);
        return new StorageClients(
            new BlobServiceClient(new Uri(blobUri), credential, Retrying(new BlobClientOptions())),
            new TableServiceClient(new Uri(tableUri), credential, Retrying(new TableClientOptions())));
    }

    /// <summary>
    /// <c>credential=managedidentity</c> (as the Functions host reads it, and as deployed): the managed identity alone,
    /// user-assigned when a client id is given, so an instance starts without probing other credential sources.
    /// Otherwise (a developer's machine) the default chain.
    /// </summary>
    public static TokenCredential Credential(string? kind, string? clientId)
    {
        var hasClientId = !string.IsNullOrWhiteSpace(clientId);
        if (string.Equals(kind, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(hasClientId ? ManagedIdentityId.FromUserAssignedClientId(clientId!) : ManagedIdentityId.SystemAssigned);
        }

        return hasClientId
            ? new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId })
            : new DefaultAzureCredential();
    }

    private static T Configured<T>(T options, Action<ClientOptions>? configure)
        where T : ClientOptions
    {
        configure?.Invoke(options);
        return options;
    }

    private static T Retrying<T>(T options)
        where T : ClientOptions
    {
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 5;
        options.Retry.Delay = TimeSpan.FromMilliseconds(500);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(10);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(60);
        return options;
    }
}
