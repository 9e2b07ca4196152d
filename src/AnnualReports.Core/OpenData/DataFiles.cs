using System.Security.Cryptography;
using System.Text;

namespace AnnualReports.OpenData;

/// <summary>
/// A CSV and a JSON file built together from the same rows, in scratch streams, with the <see cref="DataStamp"/>
/// that names their data. Disposing removes the streams.
/// </summary>
public sealed class DataFiles : IDisposable
{
    private DataFiles(Stream csv, Stream json, DataStamp stamp)
    {
        Csv = csv;
        Json = json;
        Stamp = stamp;
    }

    public Stream Csv { get; }

    public Stream Json { get; }

    public DataStamp Stamp { get; }

    /// <summary>Writes <paramref name="rows"/> into two new scratch streams and rewinds them.</summary>
    public static async Task<DataFiles> BuildAsync(
        IAsyncEnumerable<ReportRow> rows, Func<Stream> scratch, DateTimeOffset builtAt, string licence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(scratch);
        var csvStream = scratch();
        var jsonStream = scratch();
        try
        {
            var csv = new ReportsCsv(csvStream);
            var count = 0;
            using (var json = new ReportsJson(jsonStream, builtAt, licence))
            {
                await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    csv.Write(row);
                    json.Write(row);
                    count++;
                }

                json.Complete();
            }

            csvStream.Position = 0;
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            int read;
            while ((read = await csvStream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }

            hash.AppendData(Encoding.UTF8.GetBytes("\0" + licence));
            csvStream.Position = 0;
            jsonStream.Position = 0;
            var stamp = new DataStamp(Convert.ToHexStringLower(hash.GetHashAndReset()), builtAt, csvStream.Length, jsonStream.Length, count);
            return new DataFiles(csvStream, jsonStream, stamp);
        }
        catch
        {
            await csvStream.DisposeAsync().ConfigureAwait(false);
            await jsonStream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public void Dispose()
    {
        Csv.Dispose();
        Json.Dispose();
    }
}
