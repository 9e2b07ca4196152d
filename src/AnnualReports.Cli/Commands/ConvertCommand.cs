using System.CommandLine;
using AnnualReports.Importing;
using AnnualReports.Parsing;

namespace AnnualReports.Cli.Commands;

/// <summary>
/// <c>convert FILE -o report.json</c>: writes the canonical data file of any accepted input (.docx, .txt, .html, .yaml, …),
/// so an office can move to the data file. <c>convert DIR -o OUTDIR</c> converts a whole archive, each file to
/// OUTDIR/{its path in DIR}.json, and ends with a summary table. Exit 0 valid, 1 written but with errors to fix,
/// 2 unusable input (for a folder: the worst file decides).
/// </summary>
public static class ConvertCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = (new Argument<string>("file") { Description = "A report (.docx, .txt, .html, .htm, .pdf, .json, .yaml, .yml), or a folder of them" }).RefusingOptions();
        var outputPath = new Option<string>("--output", "-o") { Description = "Where to write the canonical JSON data file (a folder when converting a folder)", Required = true };
        var command = new Command("convert", "Convert a report, or a folder of reports, to canonical JSON data files.") { file, outputPath };
        var hints = new ImportHints();
        hints.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(outputPath)!, hints.Read(parse), output, error));
        return command;
    }

    public static int Run(string file, string outputPath, ImportOptions importOptions, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (Directory.Exists(file))
        {
            return RunFolder(file, outputPath, importOptions, output, error);
        }

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

    private static int RunFolder(string folder, string outputFolder, ImportOptions importOptions, TextWriter output, TextWriter error)
    {
        var files = InputFiles.Expand([folder]);
        var results = InputFiles.CheckAll(files, null, importOptions, InputFiles.TerminalProgress(error));
        var targets = TargetsFor(folder, files);
        foreach (var (path, result) in results)
        {
            FindingsText.Write(output, path, result);
            if (result.Report is null)
            {
                continue;
            }

            var target = Path.Combine(outputFolder, targets[path]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, CanonicalJson.WriteUtf8(result.Report));
            output.WriteLine($"{path} -> {target}");
        }

        BatchSummary.Write(output, results);
        return BatchSummary.ExitCode(results.Select(r => r.Result));
    }

    /// <summary>2021.docx → 2021.json; when two files would meet there (2021.docx, 2021.txt): 2021.docx.json, 2021.txt.json.</summary>
    private static Dictionary<string, string> TargetsFor(string folder, IReadOnlyList<string> files)
    {
        var plain = files.ToDictionary(f => f, f => Path.ChangeExtension(Path.GetRelativePath(folder, f), ".json"));
        var taken = plain.Values.GroupBy(t => t, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return files.ToDictionary(f => f, f => taken.Contains(plain[f]) ? Path.GetRelativePath(folder, f) + ".json" : plain[f]);
    }
}
