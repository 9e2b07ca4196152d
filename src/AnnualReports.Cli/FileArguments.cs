using System.CommandLine;

namespace AnnualReports.Cli;

/// <summary>File arguments that refuse what looks like an option, so a mistyped or unknown option is named as such.</summary>
public static class FileArguments
{
    public static Argument<T> RefusingOptions<T>(this Argument<T> argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
            {
                result.AddError($"Unknown option '{token.Value}' (a file name cannot start with '-'; write ./{token.Value} for such a file).");
            }
        });
        return argument;
    }
}
