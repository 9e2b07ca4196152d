using AnnualReports.Publishing;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Azure.Storage.Sas;

namespace AnnualReports.Azure.Blobs;

/// <summary>
/// Write-once upload links for an office: a SAS for one blob name under <c>incoming/{agency}/</c> that may create that
/// blob and nothing else — no read, no list, no delete, no overwrite, no other name. Signed with a user delegation key
/// (Entra; at most 7 days, the service's limit) when the client has no account key, as in production; with the account
/// key where there is one (Azurite, which issues no user delegation keys).
/// </summary>
/// <remarks>
/// A folder-wide SAS needs a hierarchical namespace (directory SAS), which this account does not have; a container SAS
/// would let an office create blobs in other agencies' folders. So a grant names its files: one link per file type the
/// pipeline reads, for the year given. The agency-folder rule of the pipeline (U-FOLDER) stays the second lock.
/// </remarks>
public sealed class UploadGrants(BlobContainerClient incoming)
{
    /// <summary>The longest a user delegation key, and so a grant signed by one, may be valid.</summary>
    public static readonly TimeSpan MaxUserDelegation = TimeSpan.FromDays(7);

    /// <summary>The file types a grant offers, one link each.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".docx", ".pdf", ".html", ".txt", ".json", ".yaml"];

    /// <summary>One link per file type for <c>incoming/{agencyId}/{year}{ext}</c>, valid from now for <paramref name="validity"/>.</summary>
    public async Task<IReadOnlyList<UploadGrant>> IssueAsync(string agencyId, int year, TimeSpan validity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!AgencyIds.IsValid(agencyId))
        {
            throw new ArgumentException($"'{agencyId}' is not a valid agency id.", nameof(agencyId));
        }

        var expires = now + validity;
        UserDelegationKeyHolder? key = null;
        if (!incoming.CanGenerateSasUri)
        {
            if (validity > MaxUserDelegation)
            {
                throw new ArgumentOutOfRangeException(nameof(validity), $"A grant signed by a user delegation key lasts at most {MaxUserDelegation.TotalDays:0} days.");
            }

            var service = incoming.GetParentBlobServiceClient();
            key = new UserDelegationKeyHolder((await service.GetUserDelegationKeyAsync(now.AddMinutes(-5), expires, cancellationToken).ConfigureAwait(false)).Value, service.AccountName);
        }

        var grants = new List<UploadGrant>();
        foreach (var extension in Extensions)
        {
            var blob = incoming.GetBlobClient($"{agencyId}/{year}{extension}");
            var sas = new BlobSasBuilder(BlobSasPermissions.Create, expires)
            {
                BlobContainerName = incoming.Name,
                BlobName = blob.Name,
                Resource = "b",
                Protocol = blob.Uri.Scheme == Uri.UriSchemeHttps ? SasProtocol.Https : SasProtocol.HttpsAndHttp,
            };
            var uri = key is null
                ? blob.GenerateSasUri(sas)
                : new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key.Key, key.AccountName) }.ToUri();
            grants.Add(new UploadGrant(blob.Name, uri, expires));
        }

        return grants;
    }

    private sealed record UserDelegationKeyHolder(UserDelegationKey Key, string AccountName);
}

/// <summary>A link that can create <paramref name="BlobName"/> in <c>incoming</c> once, until <paramref name="Expires"/>.</summary>
public sealed record UploadGrant(string BlobName, Uri Url, DateTimeOffset Expires);
