using System.Globalization;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Azure.Http;

/// <summary>Turns an exception no handler foresaw into a logged error with an id and a 500 answer carrying that id.</summary>
public static partial class UnexpectedErrors
{
    public static ApiAnswer Answer(Exception exception, string route, ILogger logger)
    {
        var errorId = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..12];
        LogUnexpected(logger, exception, errorId, route);
        return ApiAnswer.Unexpected(errorId);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error {ErrorId} answering {Route}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string errorId, string route);
}
