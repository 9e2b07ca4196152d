namespace AnnualReports.Reports;

/// <summary>Table 二、主动公开政府信息情况. Its shape depends on the layout.</summary>
public abstract record Table2;

/// <summary>
/// The 2021 table 二. A <c>null</c> cell is blank as the office wrote it; it counts as 0 in arithmetic.
/// </summary>
/// <param name="Rules">第二十条第（一）项 规章.</param>
/// <param name="NormativeDocuments">第二十条第（一）项 行政规范性文件.</param>
/// <param name="LicensingDecisions">第二十条第（五）项 行政许可 本年处理决定数量.</param>
/// <param name="PunishmentDecisions">第二十条第（六）项 行政处罚 本年处理决定数量.</param>
/// <param name="EnforcementDecisions">第二十条第（六）项 行政强制 本年处理决定数量.</param>
/// <param name="FeesTenThousandYuan">第二十条第（八）项 行政事业性收费 本年收费金额（单位：万元）.</param>
public sealed record Table2Of2021(
    DocumentCounts Rules,
    DocumentCounts NormativeDocuments,
    int? LicensingDecisions,
    int? PunishmentDecisions,
    int? EnforcementDecisions,
    decimal? FeesTenThousandYuan) : Table2;

/// <summary>本年制发件数 · 本年废止件数 · 现行有效件数.</summary>
public sealed record DocumentCounts(int? Issued, int? Repealed, int? InForce);

/// <summary>The 2019 trial table 二 (spec §8).</summary>
/// <param name="Rules">第二十条第（一）项 规章.</param>
/// <param name="NormativeDocuments">第二十条第（一）项 规范性文件.</param>
/// <param name="Licensing">第二十条第（五）项 行政许可.</param>
/// <param name="OtherManagementServices">第二十条第（五）项 其他对外管理服务事项.</param>
/// <param name="Punishment">第二十条第（六）项 行政处罚.</param>
/// <param name="Enforcement">第二十条第（六）项 行政强制.</param>
/// <param name="Fees">第二十条第（八）项 行政事业性收费.</param>
/// <param name="Procurement">第二十条第（九）项 政府集中采购.</param>
public sealed record Table2Of2019(
    PublicationCounts Rules,
    PublicationCounts NormativeDocuments,
    ItemCounts Licensing,
    ItemCounts OtherManagementServices,
    ItemCounts Punishment,
    ItemCounts Enforcement,
    FeeItemCounts Fees,
    ProcurementCounts Procurement) : Table2;

/// <summary>本年新制作数量 · 本年新公开数量 · 对外公开总数量.</summary>
public sealed record PublicationCounts(int? NewlyMade, int? NewlyPublished, int? TotalPublished);

/// <summary>上一年项目数量 · 本年增/减 (may be negative) · 处理决定数量.</summary>
public sealed record ItemCounts(int? PreviousYearItems, int? Change, int? Decisions);

/// <summary>上一年项目数量 · 本年增/减 (may be negative).</summary>
public sealed record FeeItemCounts(int? PreviousYearItems, int? Change);

/// <summary>采购项目数量 · 采购总金额 (no unit is printed in the 2019 format).</summary>
public sealed record ProcurementCounts(int? Items, decimal? TotalAmount);
