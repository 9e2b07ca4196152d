using System.CommandLine;
using AnnualReports.Importing;
using AnnualReports.Reports;

namespace AnnualReports.Cli;

/// <summary>
/// Options that tell the importers what a .docx or .txt does not say: the agency's id, region and kind.
/// Data files (.json, .yaml) carry these themselves and ignore them.
/// </summary>
public sealed class ImportHints
{
    public Option<string?> AgencyId { get; } = new("--agency-id") { Description = "Agency id for .docx/.txt input (e.g. weixian-gov-office)" };

    public Option<string?> Region { get; } = new("--region") { Description = "Region (行政区划) for .docx/.txt input" };

    public Option<string?> Kind { get; } = new("--agency-kind") { Description = "department or government, for .docx/.txt input" };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(AgencyId);
        command.Options.Add(Region);
        command.Options.Add(Kind);
    }

    public ImportOptions Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        AgencyKind? kind = AgencyKinds.TryParse(parse.GetValue(Kind), out var k) ? k : null;
        return new ImportOptions(parse.GetValue(AgencyId), parse.GetValue(Region), kind);
    }
}
