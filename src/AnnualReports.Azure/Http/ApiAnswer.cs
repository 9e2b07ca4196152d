using AnnualReports.Publishing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AnnualReports.Azure.Http;

/// <summary>
/// An answer of the HTTP API: a status code and a JSON body (camelCase, enums as strings, Chinese readable), or no
/// body. The Functions app returns it as an <see cref="IActionResult"/>, the local dev host as an <see cref="IResult"/>.
/// </summary>
public sealed record ApiAnswer(int StatusCode, object? Body)
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public static ApiAnswer Json(object body, int statusCode) => new(statusCode, body);

    public static ApiAnswer NotFound { get; } = new(StatusCodes.Status404NotFound, null);

    public IActionResult ToActionResult() => Body is null
        ? new StatusCodeResult(StatusCode)
        : new JsonResult(Body, FindingsDocument.JsonOptions) { StatusCode = StatusCode, ContentType = JsonContentType };

    public IResult ToHttpResult() => Body is null
        ? Results.StatusCode(StatusCode)
        : Results.Json(Body, FindingsDocument.JsonOptions, JsonContentType, StatusCode);
}
