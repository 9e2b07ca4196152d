using System.Text.Json;
using AnnualReports.Regeneration;

namespace AnnualReports.Azure.Queues;

/// <summary>A batch as the text of a queue message (JSON), and back.</summary>
public static class BatchMessages
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(RegenerationBatch batch) => JsonSerializer.Serialize(batch, Options);

    /// <summary>The batch in a message, or <c>null</c> when the text is not one (a message nobody should have sent).</summary>
    public static RegenerationBatch? Read(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<RegenerationBatch>(text, Options) is { RunId: not null, Agencies: not null } batch ? batch : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
