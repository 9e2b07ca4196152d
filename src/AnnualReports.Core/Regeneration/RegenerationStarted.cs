namespace AnnualReports.Regeneration;

/// <summary>The answer of <c>POST /api/regenerate</c> for the whole site: the run queued, to be followed at <see cref="Status"/>.</summary>
public sealed record RegenerationStarted(string Id, int Total, int Batches, string Status);
