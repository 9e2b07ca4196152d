using System.IO.Compression;
using System.Text;
using AnnualReports.Publishing;
using AnnualReports.TestKit;
using AnnualReports.TestKit.Documents;
using Xunit.Abstractions;

namespace AnnualReports.Azure.IntegrationTests.Publishing;

/// <summary>
/// Hostile files dropped into <c>incoming</c> each end as a rejection with a finding, publish nothing, stay within a
/// bounded allocation, and the pipeline publishes the next (good) upload as usual. A two-minute cancellation guards
/// against a hang; it is not a timing assertion (timings are measured in the bench).
/// </summary>
[Collection(UsesAzurite.Name)]
public class HostileUploadTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const long MaxAllocatedBytes = 1L << 30;

    public static TheoryData<string> Kinds =>
        ["empty.json", "garbage.json", "invalid-utf8.yaml", "deep-nesting.json", "alias-bomb.yaml", "64mib.json", "zip-bomb.docx", "xxe.docx", "20000-entries.docx"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EndsAsARejectionWithAFindingAndTheNextUploadIsPublished(string kind)
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        var name = $"hostile-office/{kind}";
        await harness.UploadAsync(name, Hostile(kind));
        var processor = harness.Processor();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var outcome = await processor.ProcessAsync(name, guard.Token);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        output.WriteLine($"{kind}: {allocated / (1024 * 1024)} MiB allocated");

        var rejected = Assert.IsType<UploadOutcome.Rejected>(outcome);
        var error = Assert.Single(rejected.Findings, f => f.Severity == AnnualReports.Findings.Severity.Error);
        Assert.False(string.IsNullOrWhiteSpace(error.MessageZh));
        Assert.DoesNotContain("root:", error.MessageEn, StringComparison.Ordinal);
        Assert.InRange(allocated, 0, MaxAllocatedBytes);
        var record = await harness.Stores.UploadLog.GetAsync(name, CancellationToken.None);
        Assert.Equal(UploadStatus.Rejected, record?.Status);
        Assert.True(await harness.Rejections.GetBlobClient($"{name}/rejection.html").ExistsAsync());
        Assert.Empty(await PipelineHarness.ETagsAsync(harness.Web));

        await harness.UploadAsync("weixian-gov-office/2021.json", PipelineHarness.SeedJson());
        Assert.IsType<UploadOutcome.Accepted>(await processor.ProcessAsync("weixian-gov-office/2021.json", guard.Token));
    }

    private static byte[] Hostile(string kind) => kind switch
    {
        "empty.json" => [],
        "garbage.json" => Garbage(1 << 20),
        "invalid-utf8.yaml" => [.. "layout: \"2021\"\nagency: { id: x, name: "u8, 0xC3, 0x28, 0xFF, 0xFE, .. "\" }\n"u8],
        "deep-nesting.json" => Encoding.ASCII.GetBytes(new string('[', 100_000) + new string(']', 100_000)),
        "alias-bomb.yaml" => Encoding.ASCII.GetBytes(AliasBomb()),
        "64mib.json" => Spaces(64 << 20),
        "zip-bomb.docx" => ZipFiles.Build(archive => ZipFiles.Write(archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize), new string(' ', 200 * 1024 * 1024))),
        "xxe.docx" => Xxe(),
        "20000-entries.docx" => ManyEntries(20_000),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static byte[] Garbage(int length)
    {
#pragma warning disable CA5394 // Test data, not security.
        var bytes = new byte[length];
        new Random(42).NextBytes(bytes);
#pragma warning restore CA5394
        return bytes;
    }

    private static byte[] Spaces(int length)
    {
        var bytes = new byte[length];
        bytes.AsSpan().Fill((byte)' ');
        return bytes;
    }

    /// <summary>"Billion laughs": each level an array of ten references to the one before, nine levels deep.</summary>
    private static string AliasBomb()
    {
        var yaml = new StringBuilder("l0: &l0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 1; level <= 9; level++)
        {
            var previous = $"*l{level - 1}";
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"l{level}: &l{level} [{string.Join(',', Enumerable.Repeat(previous, 10))}]\n");
        }

        return yaml.ToString();
    }

    /// <summary>The seed as .docx, its document part declaring an external entity that names a local file.</summary>
    private static byte[] Xxe()
    {
        var docx = DocxWriter.Write(NationalFormatDocument.From(SampleReports.Weixian2021()));
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            var declaration = xml.IndexOf("?>", StringComparison.Ordinal) + 2;
            xml = xml[..declaration] + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + xml[declaration..];
            xml = xml.Replace("政府信息公开", "政府信息公开&xxe;", StringComparison.Ordinal);
            ZipFiles.Write(archive.CreateEntry("word/document.xml"), xml);
        }

        return stream.ToArray();
    }

    private static byte[] ManyEntries(int count) => ZipFiles.Build(archive =>
    {
        for (var i = 0; i < count; i++)
        {
            ZipFiles.Write(archive.CreateEntry($"word/media/part{i}.xml", CompressionLevel.NoCompression), "<a/>");
        }
    });
}
