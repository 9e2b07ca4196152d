using System.CommandLine;
using System.Globalization;
using AnnualReports.Importing;
using AnnualReports.Reports;

namespace AnnualReports.Cli;

/// <summary>
/// Options that tell the importers what a .docx, .txt, .pdf or .html does not say: the agency's id, region and kind,
/// and the publish date (often printed only on the portal page). Data files (.json, .yaml) carry these themselves and ignore them.
/// </summary>
public sealed class ImportHints
{
    public Option<string?> AgencyId { get; } = new("--agency-id") { Description = "Agency id for .docx/.txt input (e.g. weixian-gov-office)" };

    public Option<string?> Region { get; } = new("--region") { Description = "Region (行政区划) for .docx/.txt input" };

    public Option<string?> Kind { get; } = new("--agency-kind") { Description = "department or government, for .docx/.txt input" };

    public Option<DateOnly?> PublishDate { get; } = new("--publish-date")
    {
        Description = "Publish date (发布日期, yyyy-MM-dd) for office documents: used instead of a printed one, and when none is printed",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"--publish-date expects a date as yyyy-MM-dd (e.g. 2022-01-20), not \"{text}\".");
            return null;
        },
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(AgencyId);
        command.Options.Add(Region);
        command.Options.Add(Kind);
        command.Options.Add(PublishDate);
    }

    public ImportOptions Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        AgencyKind? kind = AgencyKinds.TryParse(parse.GetValue(Kind), out var k) ? k : null;
        return new ImportOptions(parse.GetValue(AgencyId), parse.GetValue(Region), kind) { PublishDate = parse.GetValue(PublishDate) };
    }
}
