namespace AnnualReports.TestKit.Documents;

/// <summary>A report document as Word holds it, for building .docx and text-export fixtures: paragraphs and tables.</summary>
public abstract record SpecBlock;

public sealed record SpecParagraph(string Text, bool IsHeading = false) : SpecBlock;

public sealed record SpecTable(IReadOnlyList<IReadOnlyList<SpecCell>> Rows) : SpecBlock;

public enum VerticalMerge
{
    None,
    Restart,
    Continue,
}

/// <summary>One Word cell: its text (lines split by \n), its gridSpan and its vMerge.</summary>
public sealed record SpecCell(string Text, int ColumnSpan = 1, VerticalMerge Merge = VerticalMerge.None)
{
    public static SpecCell Continue(int span = 1) => new("", span, VerticalMerge.Continue);
}

public static class DocumentSpecs
{
    /// <summary>Replaces text in every paragraph and cell: label variants, typos, values.</summary>
    public static IReadOnlyList<SpecBlock> Replace(this IEnumerable<SpecBlock> blocks, string from, string to) =>
        [.. blocks.Select(b => b switch
        {
            SpecParagraph p => p with { Text = p.Text.Replace(from, to, StringComparison.Ordinal) },
            SpecTable t => new SpecTable([.. t.Rows.Select(r => (IReadOnlyList<SpecCell>)[.. r.Select(c => c with { Text = c.Text.Replace(from, to, StringComparison.Ordinal) })])]),
            _ => b,
        })];

    /// <summary>Drops every table row whose cells contain <paramref name="label"/>.</summary>
    public static IReadOnlyList<SpecBlock> WithoutRow(this IEnumerable<SpecBlock> blocks, string label) =>
        [.. blocks.Select(b => b is SpecTable t
            ? new SpecTable([.. t.Rows.Where(r => !r.Any(c => c.Text.Contains(label, StringComparison.Ordinal)))])
            : b)];

    /// <summary>Sets the text of the value cell <paramref name="valueIndex"/> (0-based, after the labels) of the row labelled <paramref name="label"/>.</summary>
    public static IReadOnlyList<SpecBlock> WithValue(this IEnumerable<SpecBlock> blocks, string label, int valueIndex, string text, int valueCount) =>
        [.. blocks.Select(b => b is SpecTable t
            ? new SpecTable([.. t.Rows.Select(r => r.Any(c => c.Text.Contains(label, StringComparison.Ordinal))
                ? (IReadOnlyList<SpecCell>)[.. r.Select((c, i) => i == r.Count - valueCount + valueIndex ? c with { Text = text } : c)]
                : r)])
            : b)];
}
