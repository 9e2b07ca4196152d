using System.CommandLine;
using AnnualReports.Importing;
using AnnualReports.Parsing;

namespace AnnualReports.Cli.Commands;

/// <summary>
/// <c>convert FILE -o report.json</c>: writes the canonical data file of any accepted input (.docx, .txt, .yaml, …),
/// so an office can move to the data file. Exit 0 valid, 1 written but with errors to fix, 2 unusable input.
/// </summary>
public static class ConvertCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A report (.docx, .txt, .html, .htm, .json, .yaml, .yml)" };
        var outputPath = new Option<string>("--output", "-o") { Description = "Where to write the canonical JSON data file", Required = true };
        var command = new Command("convert", "Convert a report to the canonical JSON data file.") { file, outputPath };
        var hints = new ImportHints();
        hints.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(outputPath)!, hints.Read(parse), output, error));
        return command;
    }

    public static int Run(string file, string outputPath, ImportOptions importOptions, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var result = InputFiles.Check(file, importOptions: importOptions);
        if (result.Report is null)
        {
            FindingsText.Write(error, file, result);
            return ExitCodes.UnusableInput;
        }

        File.WriteAllBytes(outputPath, CanonicalJson.WriteUtf8(result.Report));
        FindingsText.Write(output, file, result);
        output.WriteLine($"{file} -> {outputPath}");
        return result.HasErrors ? ExitCodes.ErrorsFound : ExitCodes.Valid;
    }
}
