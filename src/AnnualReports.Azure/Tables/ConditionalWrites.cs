using AnnualReports.Publishing.Ports;
using Azure;
using Azure.Data.Tables;

namespace AnnualReports.Azure.Tables;

/// <summary>The tables' optimistic write: insert when no version is expected, else replace only that version.</summary>
public static class ConditionalWrites
{
    /// <summary><see cref="WriteResult.Conflict"/> when the entity exists (insert) or changed since <paramref name="expectedETag"/> (replace).</summary>
    public static async Task<WriteResult> AddOrReplaceAsync(
        this TableClient table, TableEntity entity, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        try
        {
            if (expectedETag is null)
            {
                await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await table.UpdateEntityAsync(entity, new ETag(expectedETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }

            return WriteResult.Written;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return WriteResult.Conflict;
        }
    }
}
