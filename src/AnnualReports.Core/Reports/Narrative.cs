namespace AnnualReports.Reports;

/// <summary>A narrative section (一、五、六) as blocks of paragraphs, each with an optional sub-head such as （一）主动公开.</summary>
public sealed record NarrativeSection(ValueList<NarrativeBlock> Blocks)
{
    public static NarrativeSection Empty { get; } = new(ValueList<NarrativeBlock>.Empty);

    public bool IsEmpty => Blocks.All(b => b.Heading is null && b.Paragraphs.Count == 0);
}

public sealed record NarrativeBlock(string? Heading, ValueList<string> Paragraphs);
