using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AnnualReports.TestKit;

namespace AnnualReports.Azure.IntegrationTests.Faults;

/// <summary>One file an office drops into <c>incoming</c>.</summary>
public sealed record SequencedUpload(string Name, byte[] Content, string Kind);

/// <summary>
/// A repeatable mixed sequence of uploads, in steps: within a step the uploads land together and are processed
/// concurrently (several reports of one agency, or of several); each step is delivered before the next lands, as an
/// office's later upload comes after Event Grid delivered the earlier one. Kinds: a new report, a new revision under
/// the same name, a replacement under a new name, an invalid upload (alone or over a published name), and a
/// duplicate (the same bytes uploaded again). Reports of one agency are years 2021, 2023 and 2025, never adjacent,
/// so no cross-year rule makes the outcome depend on which of two concurrent uploads is validated first.
/// </summary>
public static class UploadSequence
{
    private static readonly int[] Years = [2021, 2023, 2025];

    public static IReadOnlyList<IReadOnlyList<SequencedUpload>> Build(int uploads, int seed)
    {
#pragma warning disable CA5394 // A repeatable test sequence, not security.
        var random = new Random(seed);
        var agencies = Math.Max(3, uploads / 10);
        var revisions = new Dictionary<(int Agency, int Year), int>();
        var latest = new Dictionary<string, (byte[] Content, (int, int) Report)>(StringComparer.Ordinal);
        var names = new List<string>();
        var steps = new List<IReadOnlyList<SequencedUpload>>();
        var count = 0;
        while (count < uploads)
        {
            var size = Math.Min(uploads - count, 1 + random.Next(4));
            var agency = random.Next(agencies);
            var step = new List<SequencedUpload>();
            var reportsInStep = new HashSet<(int, int)>();
            for (var tries = 0; step.Count < size && tries < 100; tries++)
            {
                var roll = random.Next(100);
                SequencedUpload upload;
                (int, int) report;
                if (roll >= 58 && roll < 75 && names.Count > 0)
                {
                    var name = names[random.Next(names.Count)];
                    report = latest[name].Report;
                    upload = new SequencedUpload(name, latest[name].Content, "duplicate");
                }
                else
                {
                    // Mostly one agency per step, so its uploads race on the agency page.
                    var a = random.Next(3) == 0 ? random.Next(agencies) : agency;
                    var year = Years[random.Next(Years.Length)];
                    report = (a, year);
                    var canonicalName = $"{AgencyId(a)}/{year}.json";
                    var revision = revisions.GetValueOrDefault(report);
                    upload = roll switch
                    {
                        _ when revision == 0 || roll < 40 =>
                            new SequencedUpload(canonicalName, Report(a, year, revision + 1, valid: true), revision == 0 ? "new" : "revision"),
                        < 52 => new SequencedUpload($"{AgencyId(a)}/{year}-invalid-{count + step.Count:D5}.json", Report(a, year, revision, valid: false), "invalid"),
                        < 58 => new SequencedUpload(canonicalName, Report(a, year, revision, valid: false), "invalid-over-published"),
                        _ => new SequencedUpload($"{AgencyId(a)}/{year}-r{count + step.Count:D5}.json", Report(a, year, revision + 1, valid: true), "replacement"),
                    };
                }

                // One upload per report in a step: which of two uploads of one report is newer must not depend on timing.
                if (!reportsInStep.Add(report))
                {
                    continue;
                }

                if (upload.Kind is "new" or "revision" or "replacement")
                {
                    revisions[report] = revisions.GetValueOrDefault(report) + 1;
                }

                step.Add(upload);
                if (!latest.ContainsKey(upload.Name))
                {
                    names.Add(upload.Name);
                }

                latest[upload.Name] = (upload.Content, report);
            }
#pragma warning restore CA5394

            count += step.Count;
            steps.Add(step);
        }

        return steps;
    }

    public static string AgencyId(int agency) => $"fault-agency-{agency:D3}";

    /// <summary>The seed as agency <paramref name="agency"/>'s report of <paramref name="year"/>, revision <paramref name="revision"/>.</summary>
    public static byte[] Report(int agency, int year, int revision, bool valid)
    {
        var node = JsonNode.Parse(File.ReadAllBytes(RepoPaths.File("seeds", "weixian-2021.json")))!;
        node["agency"]!["id"] = AgencyId(agency);
        node["agency"]!["name"] = $"故障演练第{agency.ToString(CultureInfo.InvariantCulture)}机关";
        node["year"] = year;
        node["publishDate"] = $"{(year + 1).ToString(CultureInfo.InvariantCulture)}-01-20";
        var preamble = node["preamble"]!.AsArray();
        preamble[0] = $"（第{revision.ToString(CultureInfo.InvariantCulture)}版）{preamble[0]!.GetValue<string>()}";
        if (!valid)
        {
            var received = node["table3"]!["received"]!.AsArray();
            received[6] = received[6]!.GetValue<int>() + 1;
        }

        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }
}
