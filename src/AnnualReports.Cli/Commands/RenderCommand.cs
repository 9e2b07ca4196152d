using System.CommandLine;
using System.Text;
using AnnualReports.Importing;
using AnnualReports.Rendering;

namespace AnnualReports.Cli.Commands;

/// <summary><c>render FILE -o page.html</c>: the report page as it would be published.</summary>
public static class RenderCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = (new Argument<string>("file") { Description = "A report (.json, .yaml, .yml, .docx, .txt, .html, .htm, .pdf)" }).RefusingOptions();
        var outputPath = new Option<string>("--output", "-o") { Description = "Where to write the HTML page", Required = true };
        var allowErrors = new Option<bool>("--allow-errors") { Description = "Render a preview even when arithmetic rules fail" };
        var command = new Command("render", "Render a report to the HTML page the site would publish.")
        {
            file, outputPath, allowErrors,
        };
        var hints = new ImportHints();
        hints.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(outputPath)!, parse.GetValue(allowErrors), hints.Read(parse), output, error));
        return command;
    }

    public static int Run(string file, string outputPath, bool allowErrors, ImportOptions importOptions, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var result = InputFiles.Check(file, importOptions: importOptions);
        if (result.Report is null)
        {
            FindingsText.Write(error, file, result);
            return ExitCodes.UnusableInput;
        }

        if (result.HasErrors && !allowErrors)
        {
            FindingsText.Write(error, file, result);
            error.WriteLine("Not rendered: fix the errors above, or pass --allow-errors for a preview.");
            return ExitCodes.ErrorsFound;
        }

        var html = new SiteRenderer(SiteOptions.Local).RenderReportPage(result.Report);
        File.WriteAllText(outputPath, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        output.WriteLine($"{file} -> {outputPath} ({result.Findings.Count} finding(s))");
        return result.HasErrors ? ExitCodes.ErrorsFound : ExitCodes.Valid;
    }
}
