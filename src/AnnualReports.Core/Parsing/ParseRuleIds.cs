namespace AnnualReports.Parsing;

/// <summary>The stable ids of the findings the parser emits. Every one is an error: the report is not published.</summary>
public static class ParseRuleIds
{
    /// <summary>Malformed JSON or YAML, or bytes that are not UTF-8.</summary>
    public const string Syntax = "F-SYNTAX";

    /// <summary>A field the data file does not have: usually a typo.</summary>
    public const string Unknown = "F-UNKNOWN";

    /// <summary>The same field twice in one object.</summary>
    public const string Duplicate = "F-DUPLICATE";

    /// <summary>A required field is missing.</summary>
    public const string Missing = "F-MISSING";

    /// <summary>A value of the wrong JSON type (a string where a number belongs, …).</summary>
    public const string Type = "F-TYPE";

    /// <summary>A count with a fractional part.</summary>
    public const string NotInteger = "F-NOT-INTEGER";

    /// <summary>A value of the right type but not allowed: an unknown code, a bad date or id, a wrong array length.</summary>
    public const string Value = "F-VALUE";

    /// <summary>Input too large, nested too deeply, or too many findings.</summary>
    public const string Limit = "F-LIMIT";
}
