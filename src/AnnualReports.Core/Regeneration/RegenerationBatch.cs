namespace AnnualReports.Regeneration;

/// <summary>One message of a queued run: the agencies whose reports one consumer regenerates.</summary>
/// <param name="RunId">The run the batch belongs to.</param>
/// <param name="Number">The batch's number in its run, from 0; a redelivered batch keeps its number.</param>
/// <param name="Agencies">The agencies to regenerate.</param>
/// <param name="Reports">How many reports the agencies held when the run was planned (counted failed if the batch is poisoned).</param>
/// <param name="Region">The region of a region run (its open data files are rebuilt at the end); <c>null</c> for the whole site.</param>
public sealed record RegenerationBatch(string RunId, int Number, IReadOnlyList<string> Agencies, int Reports, string? Region = null);
