using AnnualReports.Azure;
using Microsoft.Extensions.Hosting;

namespace AnnualReports.Functions;

/// <summary>Creates missing containers and tables when an instance starts.</summary>
public sealed class EnsureStorageOnStart(StorageProvisioner provisioner) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => provisioner.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
