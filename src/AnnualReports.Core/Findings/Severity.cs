namespace AnnualReports.Findings;

public enum Severity
{
    /// <summary>The report is not published.</summary>
    Error,

    /// <summary>The report is published; the warning is recorded and shown to the operator.</summary>
    Warning,
}
