using System.Globalization;
using System.Text;

namespace AnnualReports.Azure.IntegrationTests.Faults;

/// <summary>The figures of a fault run beside its reference run, as docs/reliability.md reports them.</summary>
public static class FaultRunReport
{
    public static string Describe(FaultRunResult reference, FaultRunResult faulty)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(faulty);
        var differences = faulty.Snapshot.DifferencesFrom(reference.Snapshot);
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"uploads {faulty.Uploads} in {faulty.Steps} steps; outcomes {string.Join(", ", faulty.Outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}"))}");
        text.AppendLine(c, $"reference outcomes {string.Join(", ", reference.Outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}"))}");
        text.AppendLine(c, $"storage requests {faulty.Requests} (reference run {reference.Requests}); faults injected {faulty.FaultsInjected} ({Share(faulty.FaultsInjected, faulty.Requests)})");
        text.AppendLine(c, $"faults by kind: {string.Join(", ", faulty.FaultsByKind.Select(f => $"{f.Key} {f.Value}"))}");
        text.AppendLine(c, $"deliveries {faulty.Deliveries}: failed and redelivered {faulty.FailedDeliveries}, duplicates {faulty.DuplicateDeliveries}, lost {faulty.LostEvents.Count}");
        text.AppendLine(c, $"whole-site regeneration attempts {faulty.RegenerationAttempts} (reference {reference.RegenerationAttempts})");
        text.AppendLine(c, $"end state: $web {faulty.Snapshot.Web.Count} files, archive {faulty.Snapshot.Archive.Count}, rejections {faulty.Snapshot.Rejections.Count}, reports {faulty.Snapshot.Reports.Count}, uploads {faulty.Snapshot.Uploads.Count}, summaries {faulty.Snapshot.Summaries.Count}");
        text.AppendLine(c, $"differences from the reference run {differences.Count}; problems {faulty.Snapshot.Problems.Count} (reference {reference.Snapshot.Problems.Count})");
        text.AppendLine(c, $"time: reference {reference.Elapsed.TotalSeconds:F1} s, with faults {faulty.Elapsed.TotalSeconds:F1} s");
        foreach (var line in differences.Concat(faulty.Snapshot.Problems).Concat(reference.Snapshot.Problems).Take(40))
        {
            text.AppendLine(line.Length > 400 ? line[..400] + "…" : line);
        }

        return text.ToString();
    }

    private static string Share(long part, long whole) => whole == 0 ? "0 %" : (100.0 * part / whole).ToString("F1", CultureInfo.InvariantCulture) + " %";
}
