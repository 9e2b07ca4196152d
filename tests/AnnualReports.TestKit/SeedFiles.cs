using System.Text.Json.Nodes;

namespace AnnualReports.TestKit;

/// <summary>The seed files as offices hand them in.</summary>
public static class SeedFiles
{
    /// <summary>The seed report as Word's plain-text export, exactly as published (UTF-8).</summary>
    public static byte[] WeixianText() => File.ReadAllBytes(RepoPaths.File("seeds", "original", "weixian-2021-annual-report.txt"));

    /// <summary>The seed data file (canonical JSON) as committed.</summary>
    public static byte[] WeixianJson() => File.ReadAllBytes(RepoPaths.File("seeds", "weixian-2021.json"));

    /// <summary>The seed data file published under another agency id (and name), so it gets pages of its own.</summary>
    public static byte[] WeixianJsonAs(string agencyId, string? agencyName = null)
    {
        var document = JsonNode.Parse(WeixianJson())!;
        document["agency"]!["id"] = agencyId;
        if (agencyName is not null)
        {
            document["agency"]!["name"] = agencyName;
        }

        return System.Text.Encoding.UTF8.GetBytes(document.ToJsonString());
    }

    /// <summary>The seed published by another agency in another region (name and GB/T 2260 code).</summary>
    public static byte[] WeixianJsonIn(string agencyId, string agencyName, string region, string regionCode)
    {
        var document = JsonNode.Parse(WeixianJsonAs(agencyId, agencyName))!;
        document["agency"]!["region"] = region;
        document["agency"]!["regionCode"] = regionCode;
        return System.Text.Encoding.UTF8.GetBytes(document.ToJsonString());
    }
}
