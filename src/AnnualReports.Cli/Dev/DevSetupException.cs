namespace AnnualReports.Cli.Dev;

/// <summary>The local stack cannot start for a reason the user can fix (no Node.js, no repository, npm failed).</summary>
public sealed class DevSetupException : Exception
{
    public DevSetupException()
    {
    }

    public DevSetupException(string message)
        : base(message)
    {
    }

    public DevSetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
