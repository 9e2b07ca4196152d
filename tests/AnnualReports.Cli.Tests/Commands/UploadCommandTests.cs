using AnnualReports.Cli.Commands;
using AnnualReports.Cli.Tests.Dev;
using AnnualReports.TestKit;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace AnnualReports.Cli.Tests.Commands;

[Collection(UsesDevHost.Name)]
public class UploadCommandTests(DevHostFixture stack)
{
    [Fact]
    public async Task DropsTheFileIntoIncomingUnderTheGivenName()
    {
        var (exit, output, _) = await RunAsync(RepoPaths.File("seeds", "weixian-2021.yaml"), "upload-test/2021.yaml", Emulator());
        var blob = new BlobServiceClient(stack.Host.EmulatorConnectionString).GetBlobContainerClient("incoming").GetBlobClient("upload-test/2021.yaml");

        Assert.Equal(ExitCodes.Valid, exit);
        Assert.True((await blob.ExistsAsync()).Value);
        Assert.Equal(await File.ReadAllBytesAsync(RepoPaths.File("seeds", "weixian-2021.yaml")), (await blob.DownloadContentAsync()).Value.Content.ToArray());
        Assert.Contains("/api/uploads/upload-test/2021.yaml", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutConfiguredStorageItSaysWhatToSet()
    {
        var (exit, _, error) = await RunAsync(RepoPaths.File("seeds", "weixian-2021.json"), null, new ConfigurationBuilder().Build());

        Assert.Equal(ExitCodes.CannotRun, exit);
        Assert.Contains("ReportsStorage", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnusableNameIsRefusedBeforeAnythingIsSent()
    {
        var (exit, _, error) = await RunAsync(RepoPaths.File("seeds", "weixian-2021.json"), "../escape.json", Emulator());

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Contains("cannot be used", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingFileIsUnusableInput()
    {
        var (exit, _, error) = await RunAsync(RepoPaths.File("seeds", "no-such-file.json"), null, Emulator());

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Contains("cannot read", error, StringComparison.Ordinal);
    }

    private IConfiguration Emulator() =>
        new ConfigurationBuilder().AddInMemoryCollection([KeyValuePair.Create("ReportsStorage", stack.Host.EmulatorConnectionString)]).Build();

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string path, string? name, IConfiguration settings)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await UploadCommand.RunAsync(path, name, settings, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
