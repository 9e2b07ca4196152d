using System.Reflection;

namespace AnnualReports.Infra.Tests;

/// <summary>Paths of the repository the tests were built from and of the Bicep CLI that NuGet restored.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    public static string BicepExecutable { get; } = Metadata("BicepPath");

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    private static string Metadata(string key) =>
        typeof(RepositoryFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is empty.");
}
