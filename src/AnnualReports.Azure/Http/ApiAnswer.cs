using AnnualReports.Publishing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AnnualReports.Azure.Http;

/// <summary>
/// An answer of the HTTP API: a status code and a JSON body (camelCase, enums as strings, Chinese readable). Every
/// answer has a body: errors carry <c>error</c>, a sentence saying what went wrong. The Functions app returns it as an
/// <see cref="IActionResult"/>, the local dev host as an <see cref="IResult"/>.
/// </summary>
public sealed record ApiAnswer(int StatusCode, object Body)
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public static ApiAnswer Json(object body, int statusCode) => new(statusCode, body);

    /// <summary>400: the request cannot be understood; <paramref name="error"/> says why.</summary>
    public static ApiAnswer BadRequest(string error) => new(StatusCodes.Status400BadRequest, new ApiError(error));

    /// <summary>404 naming what was not found.</summary>
    public static ApiAnswer NotFound(object body) => new(StatusCodes.Status404NotFound, body);

    /// <summary>413: the body is larger than the route accepts.</summary>
    public static ApiAnswer TooLarge(long limitBytes) => new(
        StatusCodes.Status413PayloadTooLarge, new ApiError($"The body is larger than {limitBytes} bytes, the most this route accepts."));

    /// <summary>500 for a failure nobody foresaw: the id is also in the log, the details only there.</summary>
    public static ApiAnswer Unexpected(string errorId) => new(
        StatusCodes.Status500InternalServerError,
        new UnexpectedError($"An unexpected error occurred. Quote error id {errorId} to the operator; the details are in the log.", errorId));

    public IActionResult ToActionResult() =>
        new JsonResult(Body, FindingsDocument.JsonOptions) { StatusCode = StatusCode, ContentType = JsonContentType };

    public IResult ToHttpResult() => Results.Json(Body, FindingsDocument.JsonOptions, JsonContentType, StatusCode);

    /// <summary>Writes the answer straight to a response (for middleware that runs outside an endpoint).</summary>
    public Task WriteAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = StatusCode;
        return response.WriteAsJsonAsync(Body, Body.GetType(), FindingsDocument.JsonOptions, JsonContentType, cancellationToken);
    }
}

/// <summary>The body of an error answer.</summary>
public sealed record ApiError(string Error);

/// <summary>The body of a 500: the message and the id under which the failure was logged.</summary>
public sealed record UnexpectedError(string Error, string ErrorId);
