namespace AnnualReports.Parsing;

/// <summary>Bounds that keep a hostile or broken upload from exhausting memory or the stack.</summary>
public static class ParseLimits
{
    /// <summary>A real report is about 20 KB; 4 MiB leaves ample room.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>The data file nests 4 levels; anything beyond this is not a report.</summary>
    public const int MaxDepth = 64;

    /// <summary>Findings listed for one file before the parser stops adding more.</summary>
    public const int MaxFindings = 200;
}
