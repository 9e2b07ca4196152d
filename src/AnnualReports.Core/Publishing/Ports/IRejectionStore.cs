namespace AnnualReports.Publishing.Ports;

/// <summary>The private <c>rejections</c> container: a readable report (HTML and JSON) for every rejected upload.</summary>
public interface IRejectionStore
{
    /// <summary>Stores both files under the upload's own prefix and answers that prefix.</summary>
    Task<string> WriteAsync(string uploadName, string html, ReadOnlyMemory<byte> json, CancellationToken cancellationToken);

    /// <summary>The rejection report's HTML, or <c>null</c> when there is none.</summary>
    Task<string?> ReadHtmlAsync(string uploadName, CancellationToken cancellationToken);
}
