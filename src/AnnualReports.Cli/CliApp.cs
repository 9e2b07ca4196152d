using System.CommandLine;
using AnnualReports.Cli.Commands;

namespace AnnualReports.Cli;

/// <summary>The command tree. Each command lives in its own file under Commands/.</summary>
public static class CliApp
{
    public static RootCommand Build(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Validate, render and publish 政府信息公开工作年度报告 (government information-disclosure annual reports).");
        root.Subcommands.Add(ValidateCommand.Create(output, error));
        root.Subcommands.Add(RenderCommand.Create(output, error));
        root.Subcommands.Add(ConvertCommand.Create(output, error));
        root.Subcommands.Add(DevCommand.Create(output, error));
        root.Subcommands.Add(UploadCommand.Create(output, error));
        root.Subcommands.Add(GrantCommand.Create(output, error));
        return root;
    }

    /// <summary>
    /// Parses and runs <paramref name="args"/>. A usage error (an unknown option, a missing argument) names what is
    /// wrong and exits <see cref="ExitCodes.UnusableInput"/>, never taking an option for a file name.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var parse = Build(output, error).Parse(args);
        if (parse.Errors.Count == 0)
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }).ConfigureAwait(false);
        }

        foreach (var problem in parse.Errors)
        {
            error.WriteLine(problem.Message);
        }

        error.WriteLine($"Usage: annual-reports {parse.CommandResult.Command.Name} --help");
        return ExitCodes.UnusableInput;
    }
}
