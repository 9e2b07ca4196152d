using AnnualReports.Azure.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Functions;

/// <summary>
/// For HTTP-triggered functions: an exception no handler foresaw becomes a 500 whose JSON body carries an error id,
/// logged with the exception under the same id. The caller never gets an empty body or a stack trace.
/// </summary>
public sealed class HttpErrorMiddleware(ILogger<HttpErrorMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public static bool Handles(FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.FunctionDefinition.InputBindings.Values.Any(b => b.Type.Equals("httpTrigger", StringComparison.OrdinalIgnoreCase));
    }

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.CancellationToken.IsCancellationRequested)
        {
            context.GetInvocationResult().Value = UnexpectedErrors.Answer(e, context.FunctionDefinition.Name, logger).ToActionResult();
        }
    }
}
