using AnnualReports.Cli.Commands;
using AnnualReports.Cli.Tests.Dev;
using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace AnnualReports.Cli.Tests.Commands;

[Collection(UsesDevHost.Name)]
public class GrantCommandTests(DevHostFixture stack)
{
    [Fact]
    public async Task PrintsALinkPerFileTypeThatCreatesOnlyItsOwnFile()
    {
        var (exit, output, _) = await RunAsync("grant-test-office", 2025, 30);
        var docx = output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith(".docx", StringComparison.Ordinal))[".docx".Length..].Trim();
        var office = new BlobClient(new Uri(docx));

        await office.UploadAsync(BinaryData.FromString("report"));
        var refused = await Assert.ThrowsAsync<RequestFailedException>(() => office.DownloadContentAsync());

        Assert.Equal(ExitCodes.Valid, exit);
        Assert.Equal("grant-test-office/2025.docx", office.Name);
        Assert.Equal(403, refused.Status);
        Assert.Contains("cannot read, list, delete or replace", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../escape", 7)]
    [InlineData("grant-test-office", 0)]
    public async Task AnUnusableAgencyOrDurationIsRefused(string agency, int days)
    {
        var (exit, _, error) = await RunAsync(agency, null, days);

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.StartsWith("grant:", error, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(string agency, int? year, int days)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection([KeyValuePair.Create("ReportsStorage", stack.Host.EmulatorConnectionString)]).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await GrantCommand.RunAsync(agency, year, days, settings, TimeProvider.System, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
