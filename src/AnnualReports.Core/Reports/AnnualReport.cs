namespace AnnualReports.Reports;

/// <summary>
/// A 政府信息公开工作年度报告 in the national format: metadata, the six sections and nothing else.
/// Immutable, compared by value.
/// </summary>
/// <param name="Preamble">Paragraphs before 一、总体情况 (legal basis, period, …); may be empty.</param>
/// <param name="Overview">一、总体情况.</param>
/// <param name="ActiveDisclosure">二、主动公开政府信息情况 (table 二).</param>
/// <param name="Applications">三、收到和处理政府信息公开申请情况 (table 三).</param>
/// <param name="ReviewsAndLitigation">四、政府信息公开行政复议、行政诉讼情况 (table 四).</param>
/// <param name="Problems">五、存在的主要问题及改进情况.</param>
/// <param name="OtherMatters">六、其他需要报告的事项.</param>
/// <param name="ClosingNotes">Closing statements (who compiled it, statistics period, where to download); may be empty.</param>
public sealed record AnnualReport(
    LayoutVersion Layout,
    ReportMetadata Metadata,
    ValueList<string> Preamble,
    NarrativeSection Overview,
    Table2 ActiveDisclosure,
    Table3 Applications,
    Table4 ReviewsAndLitigation,
    NarrativeSection Problems,
    NarrativeSection OtherMatters,
    ValueList<string> ClosingNotes)
{
    /// <summary>The report's title as printed: 威县人民政府办公室2021年政府信息公开工作年度报告.</summary>
    public string Title => $"{Metadata.Agency.Name}{Metadata.Year}年政府信息公开工作年度报告";
}
