namespace AnnualReports.Infra.Tests;

public class BicepCompilationTests
{
    [Theory]
    [MemberData(nameof(InfraFiles.EntryPoints), MemberType = typeof(InfraFiles))]
    public void BuildsWithoutWarningsOrErrors(string bicepFile)
    {
        var result = BicepCli.Run("build", bicepFile, "--stdout");

        Assert.True(result.ExitCode == 0, result.Diagnostics);
        Assert.Equal("", result.Diagnostics);
        Assert.StartsWith("{", result.StandardOutput.TrimStart(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InfraFiles.EntryPoints), MemberType = typeof(InfraFiles))]
    public void LintsWithoutFindingsIncludingEveryModule(string bicepFile)
    {
        var result = BicepCli.Run("lint", bicepFile);

        Assert.True(result.ExitCode == 0, result.Diagnostics);
        Assert.Equal("", result.Diagnostics);
        Assert.Equal("", result.StandardOutput.Trim());
    }

    [Fact]
    public void RepositoryLinterConfigurationFailsATemplateWithAFinding()
    {
        var directory = Directory.CreateTempSubdirectory("bicep-lint-probe-");
        try
        {
            File.Copy(RepositoryFiles.PathOf("bicepconfig.json"), Path.Combine(directory.FullName, "bicepconfig.json"));
            var probe = Path.Combine(directory.FullName, "probe.bicep");
            File.WriteAllText(probe, "param neverUsed string = 'x'\n");

            var result = BicepCli.Run("lint", probe);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("Error no-unused-params", result.Diagnostics, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
