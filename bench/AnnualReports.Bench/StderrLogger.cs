using Microsoft.Extensions.Logging;

namespace AnnualReports.Bench;

/// <summary>Warnings and errors of a consumer process, on its standard error (the benchmark passes it through).</summary>
internal sealed class StderrLogger<T> : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        ArgumentNullException.ThrowIfNull(formatter);
        Console.Error.WriteLine($"[{Environment.ProcessId} {logLevel} {typeof(T).Name}] {formatter(state, exception)}");
        if (exception is not null)
        {
            Console.Error.WriteLine(exception.ToString());
        }
    }
}
