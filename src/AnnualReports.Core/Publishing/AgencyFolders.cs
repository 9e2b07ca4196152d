using AnnualReports.Findings;
using AnnualReports.Parsing;
using AnnualReports.Reports;

namespace AnnualReports.Publishing;

/// <summary>
/// An upload under <c>incoming/{agency-id}/</c> belongs to that agency: an office is given write access to its own
/// folder only, so a file there may publish that agency's reports and no other's. Uploads outside any agency folder
/// (a top-level name, or a first segment that is no agency id) are the operator's and may publish any agency.
/// </summary>
public static class AgencyFolders
{
    public const string RuleId = "U-FOLDER";

    /// <summary>The agency whose folder holds <paramref name="uploadName"/>, or <c>null</c> when it is outside any.</summary>
    public static string? Of(string uploadName)
    {
        ArgumentNullException.ThrowIfNull(uploadName);
        var slash = uploadName.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return null;
        }

        var folder = uploadName[..slash];
        return AgencyIds.IsValid(folder) ? folder : null;
    }

    /// <summary>An error when the report names an agency other than the one whose folder holds the upload, else <c>null</c>.</summary>
    public static Finding? Check(string uploadName, AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var agency = report.Metadata.Agency;
        if (Of(uploadName) is not { } folder || string.Equals(folder, agency.Id, StringComparison.Ordinal))
        {
            return null;
        }

        return new Finding(
            RuleId,
            Severity.Error,
            $"文件上传在机关“{folder}”的文件夹中，但报告所属机关为“{agency.Name}”（{agency.Id}）。每个机关只能在自己的文件夹中发布本机关的报告：" +
            $"请将文件上传到 {agency.Id}/ 文件夹，或更正报告中的机关标识。",
            $"The file was uploaded into the folder of agency '{folder}' but the report belongs to {agency.Id} ({agency.Name}). " +
            $"A folder publishes its own agency's reports only: upload it under {agency.Id}/, or correct the agency id in the report.",
            ValueList.Of(FieldLabels.Cell("/agency/id")),
            ValueList<decimal>.Empty);
    }
}
