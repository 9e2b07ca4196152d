using AnnualReports.Publishing;
using Microsoft.AspNetCore.Mvc;

namespace AnnualReports.Functions;

/// <summary>JSON answers of the HTTP API: camelCase, enums as strings, Chinese readable.</summary>
public static class ApiResults
{
    public static JsonResult Json(object value, int statusCode) =>
        new(value, FindingsDocument.JsonOptions) { StatusCode = statusCode, ContentType = "application/json; charset=utf-8" };
}
