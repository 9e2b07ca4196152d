using AnnualReports.Findings;

namespace AnnualReports.Parsing;

/// <summary>What a reader made of the input: the node tree (null if unreadable) and the problems met on the way.</summary>
internal sealed record ReadOutcome(DataNode? Root, IReadOnlyList<Finding> Findings);
