namespace AnnualReports.Reports;

/// <summary>
/// One printed row of table 三.
/// </summary>
/// <param name="Pointer">The row's JSON pointer in the data file, e.g. <c>/table3/refused/stateSecret</c>.</param>
/// <param name="Heading">The top-level row head: 一、… 二、… 三、本年度办理结果 or 四、….</param>
/// <param name="Group">The （一）…（七） head inside 三, or null.</param>
/// <param name="Item">The numbered item inside a group, e.g. 1.属于国家秘密, or null.</param>
/// <param name="English">A short English name for operator messages.</param>
public sealed record Table3RowDefinition(
    Table3Row Row,
    string Pointer,
    string Heading,
    string? Group,
    string? Item,
    string English)
{
    /// <summary>The most specific printed label of the row.</summary>
    public string Label => Item ?? Group ?? Heading;

    /// <summary>The label with its parents, e.g. 三、本年度办理结果（三）不予公开 1.属于国家秘密.</summary>
    public string FullLabel => string.Join(" ", new[] { Heading == Results ? Heading : null, Group, Item }.Where(s => s is not null)) is { Length: > 0 } nested
        ? nested
        : Heading;

    internal const string Results = "三、本年度办理结果";
}

/// <summary>The rows of table 三 for each layout, in the printed order, with their labels verbatim.</summary>
public sealed class Table3Layout
{
    private const string Refused = "（三）不予公开";
    private const string Unavailable = "（四）无法提供";
    private const string NotProcessed = "（五）不予处理";
    private const string OtherHandling = "（六）其他处理";
    private const string R = Table3RowDefinition.Results;

    private static readonly Table3RowDefinition[] Head =
    [
        new(Table3Row.Received, "/table3/received", "一、本年新收政府信息公开申请数量", null, null, "1. new applications received this year"),
        new(Table3Row.CarriedOver, "/table3/carriedOver", "二、上年结转政府信息公开申请数量", null, null, "2. applications carried over from last year"),
        new(Table3Row.Granted, "/table3/granted", R, "（一）予以公开", null, "3.(1) granted"),
        new(Table3Row.PartlyGranted, "/table3/partlyGranted", R, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", null, "3.(2) partly granted"),
        new(Table3Row.RefusedStateSecret, "/table3/refused/stateSecret", R, Refused, "1.属于国家秘密", "3.(3)1 refused: state secret"),
        new(Table3Row.RefusedProhibitedByLaw, "/table3/refused/prohibitedByLaw", R, Refused, "2.其他法律行政法规禁止公开", "3.(3)2 refused: prohibited by other laws"),
        new(Table3Row.RefusedEndangersSecurity, "/table3/refused/endangersSecurity", R, Refused, "3.危及“三安全一稳定”", "3.(3)3 refused: endangers security or stability"),
        new(Table3Row.RefusedThirdPartyRights, "/table3/refused/thirdPartyRights", R, Refused, "4.保护第三方合法权益", "3.(3)4 refused: third-party rights"),
        new(Table3Row.RefusedInternalAffairs, "/table3/refused/internalAffairs", R, Refused, "5.属于三类内部事务信息", "3.(3)5 refused: internal affairs"),
        new(Table3Row.RefusedProcessInformation, "/table3/refused/processInformation", R, Refused, "6.属于四类过程性信息", "3.(3)6 refused: process information"),
        new(Table3Row.RefusedLawEnforcementFiles, "/table3/refused/lawEnforcementFiles", R, Refused, "7.属于行政执法案卷", "3.(3)7 refused: law-enforcement files"),
        new(Table3Row.RefusedInquiryMatters, "/table3/refused/inquiryMatters", R, Refused, "8.属于行政查询事项", "3.(3)8 refused: administrative inquiry"),
        new(Table3Row.UnavailableNotHeld, "/table3/unavailable/notHeld", R, Unavailable, "1.本机关不掌握相关政府信息", "3.(4)1 unavailable: not held"),
        new(Table3Row.UnavailableNeedsCreation, "/table3/unavailable/needsCreation", R, Unavailable, "2.没有现成信息需要另行制作", "3.(4)2 unavailable: would need to be created"),
        new(Table3Row.UnavailableStillUnclear, "/table3/unavailable/stillUnclear", R, Unavailable, "3.补正后申请内容仍不明确", "3.(4)3 unavailable: still unclear after correction"),
        new(Table3Row.NotProcessedPetitionOrComplaint, "/table3/notProcessed/petitionOrComplaint", R, NotProcessed, "1.信访举报投诉类申请", "3.(5)1 not processed: petition or complaint"),
        new(Table3Row.NotProcessedRepeated, "/table3/notProcessed/repeated", R, NotProcessed, "2.重复申请", "3.(5)2 not processed: repeated"),
        new(Table3Row.NotProcessedPublications, "/table3/notProcessed/publications", R, NotProcessed, "3.要求提供公开出版物", "3.(5)3 not processed: publications"),
        new(Table3Row.NotProcessedMassRepeated, "/table3/notProcessed/massRepeated", R, NotProcessed, "4.无正当理由大量反复申请", "3.(5)4 not processed: mass repeated without reason"),
        new(Table3Row.NotProcessedConfirmation, "/table3/notProcessed/confirmation", R, NotProcessed, "5.要求行政机关确认或重新出具已获取信息", "3.(5)5 not processed: confirmation of information already held"),
    ];

    private static readonly Table3RowDefinition[] OtherHandling2021 =
    [
        new(Table3Row.OtherOverdueCorrection, "/table3/otherHandling/overdueCorrection", R, OtherHandling, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "3.(6)1 other: correction overdue"),
        new(Table3Row.OtherOverdueFee, "/table3/otherHandling/overdueFee", R, OtherHandling, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.(6)2 other: fee overdue"),
        new(Table3Row.OtherOther, "/table3/otherHandling/other", R, OtherHandling, "3.其他", "3.(6)3 other: other"),
    ];

    private static readonly Table3RowDefinition[] OtherHandling2019 =
    [
        new(Table3Row.OtherHandling, "/table3/otherHandling", R, OtherHandling, null, "3.(6) other handling"),
    ];

    private static readonly Table3RowDefinition[] Tail =
    [
        new(Table3Row.Total, "/table3/total", R, "（七）总计", null, "3.(7) total"),
        new(Table3Row.CarriedForward, "/table3/carriedForward", "四、结转下年度继续办理", null, null, "4. carried forward to next year"),
    ];

    private readonly Dictionary<Table3Row, int> _index;

    private Table3Layout(LayoutVersion version, Table3RowDefinition[] rows)
    {
        Version = version;
        Rows = rows;
        _index = rows.Select((d, i) => (d.Row, i)).ToDictionary(p => p.Row, p => p.i);
        OutcomeRows = [.. rows.Where(d => d.Heading == Table3RowDefinition.Results && d.Row != Table3Row.Total)];
    }

    public static Table3Layout V2021 { get; } = new(LayoutVersion.V2021, [.. Head, .. OtherHandling2021, .. Tail]);

    public static Table3Layout V2019 { get; } = new(LayoutVersion.V2019, [.. Head, .. OtherHandling2019, .. Tail]);

    public static Table3Layout For(LayoutVersion version) => version switch
    {
        LayoutVersion.V2019 => V2019,
        LayoutVersion.V2021 => V2021,
        _ => throw new ArgumentOutOfRangeException(nameof(version)),
    };

    public LayoutVersion Version { get; }

    public IReadOnlyList<Table3RowDefinition> Rows { get; }

    /// <summary>The rows whose sum is （七）总计 (rule T3-R2): every outcome row.</summary>
    public IEnumerable<Table3RowDefinition> OutcomeRows { get; }

    public bool Contains(Table3Row row) => _index.ContainsKey(row);

    public int IndexOf(Table3Row row) => _index[row];

    public Table3RowDefinition this[Table3Row row] => Rows[_index[row]];

    /// <summary>Column labels verbatim (申请人情况).</summary>
    public static string ColumnLabel(ApplicantColumn column) => column switch
    {
        ApplicantColumn.NaturalPerson => "自然人",
        ApplicantColumn.CommercialEnterprise => "商业企业",
        ApplicantColumn.ResearchInstitution => "科研机构",
        ApplicantColumn.PublicInterestOrganization => "社会公益组织",
        ApplicantColumn.LegalServiceProvider => "法律服务机构",
        ApplicantColumn.OtherOrganization => "其他",
        ApplicantColumn.Total => "总计",
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    public static string ColumnEnglish(ApplicantColumn column) => column switch
    {
        ApplicantColumn.NaturalPerson => "natural persons",
        ApplicantColumn.CommercialEnterprise => "commercial enterprises",
        ApplicantColumn.ResearchInstitution => "research institutions",
        ApplicantColumn.PublicInterestOrganization => "public-interest organisations",
        ApplicantColumn.LegalServiceProvider => "legal service providers",
        ApplicantColumn.OtherOrganization => "other organisations",
        ApplicantColumn.Total => "total",
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };
}
