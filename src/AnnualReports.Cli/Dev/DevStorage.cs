using AnnualReports.Azure;
using AnnualReports.Azure.Local;
using Microsoft.Extensions.Configuration;

namespace AnnualReports.Cli.Dev;

/// <summary>
/// The storage the local stack works on: the account configured in <c>ReportsStorage</c> (connection string or
/// identity-based URIs), or else Azurite started in memory on free ports and stopped on dispose.
/// </summary>
public sealed class DevStorage : IDisposable
{
    private readonly AzuriteProcess? _azurite;

    private DevStorage(AzuriteProcess? azurite, string description)
    {
        _azurite = azurite;
        Description = description;
    }

    /// <summary>Azurite's connection string, or <c>null</c> when a configured account is used.</summary>
    public string? EmulatorConnectionString => _azurite?.ConnectionString;

    /// <summary>For the user: the connection string to use with other tools, or which setting was used.</summary>
    public string Description { get; }

    public static bool IsConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(StorageOptions.ConnectionName);
        return !string.IsNullOrWhiteSpace(section.Value) || !string.IsNullOrWhiteSpace(section["blobServiceUri"]);
    }

    public static async Task<DevStorage> StartAsync(IConfiguration configuration, string? searchFrom, TextWriter output, CancellationToken cancellationToken)
    {
        if (IsConfigured(configuration))
        {
            return new DevStorage(null, $"the account configured in '{StorageOptions.ConnectionName}'");
        }

        var root = RepositoryRoot.Find(searchFrom);
        await AzuriteInstaller.EnsureInstalledAsync(root, output, cancellationToken).ConfigureAwait(false);
        var azurite = await AzuriteProcess.StartAsync(new AzuriteSettings(SearchFrom: root), cancellationToken).ConfigureAwait(false);
        return new DevStorage(azurite, azurite.ConnectionString);
    }

    public void Dispose() => _azurite?.Dispose();
}
