using System.Net;
using System.Text.Json;

namespace AnnualReports.Cli.Tests.Dev;

/// <summary>Reads <c>GET /api/uploads/{name}</c>: the status code and the JSON body (the record, or the error naming the upload).</summary>
public static class UploadStatusProbe
{
    public static async Task<(HttpStatusCode Status, JsonElement Record)> GetAsync(HttpClient api, string uploadName)
    {
        using var response = await api.GetAsync(new Uri("api/uploads/" + uploadName, UriKind.Relative));
        var record = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, record);
    }

    public static string? Text(this JsonElement record, string property) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
