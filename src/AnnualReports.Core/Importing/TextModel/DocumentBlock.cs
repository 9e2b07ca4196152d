namespace AnnualReports.Importing.TextModel;

/// <summary>
/// What both importers produce: the report as a sequence of paragraphs and tables, before anything is recognised.
/// </summary>
public abstract record DocumentBlock(int? Line);

/// <summary>
/// One paragraph of running text. <paramref name="Line"/> is 1-based where the source has lines;
/// <paramref name="IsHeading"/> when the source styles it as a heading (Word's 标题 styles or outline level).
/// </summary>
public sealed record DocumentParagraph(string Text, int? Line = null, bool IsHeading = false) : DocumentBlock(Line);

/// <summary>A table: its rows in order, each a list of cells as the source has them.</summary>
public sealed record DocumentTable(IReadOnlyList<DocumentRow> Rows, int? Line = null) : DocumentBlock(Line);

public sealed record DocumentRow(IReadOnlyList<DocumentCell> Cells, int? Line = null);

/// <summary>
/// One cell. <paramref name="GridColumn"/> and <paramref name="ColumnSpan"/> place it on the table grid when the source
/// knows the grid (.docx); the plain-text export does not, so they are null/1 there. A cell continuing a vertical
/// merge from the row above is <paramref name="IsMergeContinuation"/> with empty text, as Word's own text export writes it.
/// </summary>
public sealed record DocumentCell(
    string Text,
    int? GridColumn = null,
    int ColumnSpan = 1,
    bool IsMergeContinuation = false,
    int? Line = null);
