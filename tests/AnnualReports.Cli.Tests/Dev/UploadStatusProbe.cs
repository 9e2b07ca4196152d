using System.Net;
using System.Text.Json;

namespace AnnualReports.Cli.Tests.Dev;

/// <summary>Reads <c>GET /api/uploads/{name}</c>: the status code and, when found, the record's JSON.</summary>
public static class UploadStatusProbe
{
    public static async Task<(HttpStatusCode Status, JsonElement Record)> GetAsync(HttpClient api, string uploadName)
    {
        using var response = await api.GetAsync(new Uri("api/uploads/" + uploadName, UriKind.Relative));
        var record = response.IsSuccessStatusCode
            ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone()
            : default;
        return (response.StatusCode, record);
    }

    public static string? Text(this JsonElement record, string property) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
