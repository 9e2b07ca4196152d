namespace AnnualReports.Reports;

/// <summary>Every data row of table 三 in either layout. <see cref="Table3Layout"/> says which rows a layout has.</summary>
public enum Table3Row
{
    /// <summary>一、本年新收政府信息公开申请数量.</summary>
    Received,

    /// <summary>二、上年结转政府信息公开申请数量.</summary>
    CarriedOver,

    /// <summary>三（一）予以公开.</summary>
    Granted,

    /// <summary>三（二）部分公开.</summary>
    PartlyGranted,

    RefusedStateSecret,
    RefusedProhibitedByLaw,
    RefusedEndangersSecurity,
    RefusedThirdPartyRights,
    RefusedInternalAffairs,
    RefusedProcessInformation,
    RefusedLawEnforcementFiles,
    RefusedInquiryMatters,

    UnavailableNotHeld,
    UnavailableNeedsCreation,
    UnavailableStillUnclear,

    NotProcessedPetitionOrComplaint,
    NotProcessedRepeated,
    NotProcessedPublications,
    NotProcessedMassRepeated,
    NotProcessedConfirmation,

    /// <summary>2021 layout: （六）其他处理 1.申请人无正当理由逾期不补正….</summary>
    OtherOverdueCorrection,

    /// <summary>2021 layout: （六）其他处理 2.申请人逾期未按收费通知要求缴纳费用….</summary>
    OtherOverdueFee,

    /// <summary>2021 layout: （六）其他处理 3.其他.</summary>
    OtherOther,

    /// <summary>2019 layout: the single （六）其他处理 row.</summary>
    OtherHandling,

    /// <summary>三（七）总计.</summary>
    Total,

    /// <summary>四、结转下年度继续办理.</summary>
    CarriedForward,
}
