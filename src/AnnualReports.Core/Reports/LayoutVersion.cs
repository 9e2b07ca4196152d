namespace AnnualReports.Reports;

/// <summary>Which national format the report's tables follow.</summary>
public enum LayoutVersion
{
    /// <summary>国办公开办函〔2019〕60号 trial format: its own table 二 and a single （六）其他处理 row.</summary>
    V2019,

    /// <summary>国办公开办函〔2021〕30号 format, used for report years 2021 onward.</summary>
    V2021,
}

public static class LayoutVersions
{
    public static string ToCode(this LayoutVersion layout) => layout switch
    {
        LayoutVersion.V2019 => "2019",
        LayoutVersion.V2021 => "2021",
        _ => throw new ArgumentOutOfRangeException(nameof(layout)),
    };

    public static bool TryParse(string? code, out LayoutVersion layout)
    {
        switch (code)
        {
            case "2019": layout = LayoutVersion.V2019; return true;
            case "2021": layout = LayoutVersion.V2021; return true;
            default: layout = default; return false;
        }
    }
}
