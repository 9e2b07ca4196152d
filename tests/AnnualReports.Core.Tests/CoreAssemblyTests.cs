using AnnualReports.Reports;

namespace AnnualReports.Core.Tests;

public class CoreAssemblyTests
{
    [Fact]
    public void CoreReferencesNoAzurePackage()
    {
        var references = typeof(AnnualReport).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.NotEmpty(references);
        Assert.DoesNotContain(references, name =>
            name.StartsWith("Azure", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Microsoft.Azure", StringComparison.OrdinalIgnoreCase));
    }
}
