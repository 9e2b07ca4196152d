using AnnualReports.Findings;
using AnnualReports.Reports;

namespace AnnualReports.Importing;

/// <summary>The I-… findings of the importers (see docs/importers.md), in Chinese for the office and English for the operator.</summary>
public static class ImportFindings
{
    public const string UnsupportedFileType = "I-FILE-TYPE";
    public const string FileTooLarge = "I-FILE-SIZE";
    public const string FileEmpty = "I-FILE-EMPTY";
    public const string NotAZip = "I-DOCX-NOT-ZIP";
    public const string TooManyEntries = "I-DOCX-ENTRIES";
    public const string ExpandsTooMuch = "I-DOCX-EXPANSION";
    public const string NestedTooDeep = "I-DOCX-DEPTH";
    public const string CorruptDocument = "I-DOCX-CORRUPT";
    public const string PdfWithoutText = "I-PDF-NO-TEXT";
    public const string PdfUnreadable = "I-PDF-CORRUPT";
    public const string TitleMissing = "I-META-TITLE";
    public const string PublishDateMissing = "I-META-DATE";
    public const string PublishDateGiven = "I-META-DATE-GIVEN";
    public const string PublishDateFromPage = "I-META-DATE-PAGE";
    public const string AgencyIdGenerated = "I-META-ID";
    public const string RegionGuessed = "I-META-REGION";
    public const string AgencyMatched = "I-META-MATCHED";
    public const string SectionMissing = "I-SECTION-MISSING";
    public const string TableMissing = "I-TABLE-MISSING";
    public const string RowMissing = "I-ROW-MISSING";
    public const string ColumnMissing = "I-COLUMN-MISSING";
    public const string RowShape = "I-ROW-CELLS";
    public const string RowUnknown = "I-ROW-UNKNOWN";
    public const string RowDuplicate = "I-ROW-DUPLICATE";
    public const string RowLabelDiffers = "I-ROW-LABEL";
    public const string UnitStripped = "I-CELL-UNIT";
    public const string CellUnreadable = "I-CELL-UNREADABLE";
    public const string LayoutMixed = "I-LAYOUT-MIXED";

    public static Finding Error(string ruleId, string zh, string en, SourceLocation? location = null, CellRef? cell = null) =>
        new(ruleId, Severity.Error, zh, en, Cells(cell), ValueList<decimal>.Empty, location);

    public static Finding Warning(string ruleId, string zh, string en, SourceLocation? location = null, CellRef? cell = null, params decimal[] numbers) =>
        new(ruleId, Severity.Warning, zh, en, Cells(cell), numbers, location);

    private static ValueList<CellRef> Cells(CellRef? cell) => cell is null ? ValueList<CellRef>.Empty : ValueList.Of(cell);
}
