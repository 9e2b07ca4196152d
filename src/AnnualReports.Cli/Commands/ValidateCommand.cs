using System.CommandLine;
using System.Text.Json;
using AnnualReports.Checking;
using AnnualReports.Findings;
using AnnualReports.Importing;
using AnnualReports.Validation;

namespace AnnualReports.Cli.Commands;

/// <summary>
/// <c>validate FILE|DIR... [--json] [--previous FILE]</c>: exit 0 valid, 1 errors found, 2 unusable input. A folder is
/// checked file by file, with progress on a terminal and a summary table at the end.
/// </summary>
public static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = (new Argument<string[]>("files") { Description = "Reports (.json, .yaml, .yml, .docx, .txt, .html, .htm, .pdf) or folders of them", Arity = ArgumentArity.OneOrMore }).RefusingOptions();
        var json = new Option<bool>("--json") { Description = "Print findings as JSON" };
        var previous = new Option<string?>("--previous") { Description = "The previous year's report, for the cross-year rules (T3-X1, T2-X1)" };
        var command = new Command("validate", "Check data files against every field and arithmetic rule of the national format.")
        {
            files, json, previous,
        };
        var hints = new ImportHints();
        hints.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(files)!, parse.GetValue(json), parse.GetValue(previous), hints.Read(parse), output, error));
        return command;
    }

    public static int Run(IReadOnlyList<string> files, bool asJson, string? previousFile, ImportOptions importOptions, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ValidationContext? context = null;
        if (previousFile is not null)
        {
            var previous = InputFiles.Check(previousFile, importOptions: importOptions);
            if (previous.Report is null)
            {
                FindingsText.Write(error, previousFile, previous);
                return ExitCodes.UnusableInput;
            }

            context = new ValidationContext(previous.Report);
        }

        var expanded = InputFiles.Expand(files);
        var results = InputFiles.CheckAll(expanded, context, importOptions, asJson ? null : InputFiles.TerminalProgress(error));
        if (asJson)
        {
            var dto = results.Select(r => new
            {
                file = r.File,
                status = Status(r.Result),
                findings = FindingsJson.ToDtos(r.Result.Findings),
            });
            output.WriteLine(JsonSerializer.Serialize(dto, FindingsJson.Options));
        }
        else
        {
            foreach (var (file, result) in results)
            {
                FindingsText.Write(output, file, result);
            }

            if (expanded.Count > files.Count || files.Any(Directory.Exists))
            {
                BatchSummary.Write(output, results);
            }
        }

        return BatchSummary.ExitCode(results.Select(r => r.Result));
    }

    private static string Status(CheckResult result) => BatchSummary.Outcome(result);
}
