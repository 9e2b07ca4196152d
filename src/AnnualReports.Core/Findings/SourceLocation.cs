namespace AnnualReports.Findings;

/// <summary>Where in the input a finding points: a JSON pointer, and line:column (1-based) where the input has lines.</summary>
public sealed record SourceLocation(string Pointer, int? Line = null, int? Column = null)
{
    public override string ToString() => (Line, Column) switch
    {
        ({ } line, { } column) => $"{Pointer} (line {line}, column {column})",
        ({ } line, null) => $"{Pointer} (line {line})",
        _ => Pointer,
    };
}
