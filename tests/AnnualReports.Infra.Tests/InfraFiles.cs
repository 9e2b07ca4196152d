namespace AnnualReports.Infra.Tests;

/// <summary>The Bicep entry points azd and the postdeploy hook deploy.</summary>
internal static class InfraFiles
{
    public const string Main = "infra/main.bicep";

    public const string EventGridSubscription = "infra/eventgrid/subscription.bicep";

    public const string OfficeUploadAccess = "infra/office/upload-access.bicep";

    public static TheoryData<string> EntryPoints => new() { Main, EventGridSubscription, OfficeUploadAccess };
}
