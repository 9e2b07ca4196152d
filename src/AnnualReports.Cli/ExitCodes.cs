namespace AnnualReports.Cli;

/// <summary>Exit codes shared by every command.</summary>
public static class ExitCodes
{
    /// <summary>Every input is valid (warnings allowed).</summary>
    public const int Valid = 0;

    /// <summary>At least one input has errors: it would not be published.</summary>
    public const int ErrorsFound = 1;

    /// <summary>At least one input could not be read at all (missing, unreadable, malformed).</summary>
    public const int UnusableInput = 2;

    /// <summary>A command that needs storage or tools could not run (no storage configured, Node.js missing, storage unreachable).</summary>
    public const int CannotRun = 3;
}
