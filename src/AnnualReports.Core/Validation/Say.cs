using System.Globalization;

namespace AnnualReports.Validation;

/// <summary>Culture-invariant pieces of finding messages, shared by the rules.</summary>
internal static class Say
{
    public static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A term as the office reads it: 自然人(3), 自然人(空), （七）总计(空，按5计).</summary>
    public static string TermZh(string label, int? raw, int value) => raw switch
    {
        { } written => $"{label}({N(written)})",
        null when value == 0 => $"{label}(空)",
        null => $"{label}(空，按{N(value)}计)",
    };

    /// <summary>A term as the operator reads it: natural persons (3), … (blank), … (blank, read as 5).</summary>
    public static string TermEn(string label, int? raw, int value) => raw switch
    {
        { } written => $"{label} ({N(written)})",
        null when value == 0 => $"{label} (blank)",
        null => $"{label} (blank, read as {N(value)})",
    };

    public static string Sum(IEnumerable<string> terms) => string.Join(" + ", terms);

    /// <summary>The absolute difference, as written after 相差 / difference.</summary>
    public static string Gap(decimal left, decimal right) => N(Math.Abs(left - right));
}
