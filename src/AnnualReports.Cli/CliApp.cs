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
        return root;
    }
}
