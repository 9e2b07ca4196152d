using System.Net;
using System.Text.Json;
using AnnualReports.Azure.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AnnualReports.Functions.Tests;

/// <summary>An exception nobody foresaw answers 500 with a JSON body whose error id is the one logged, and no stack trace.</summary>
public class UnexpectedErrorsTests
{
    [Fact]
    public void TheAnswerCarriesTheLoggedIdAndNotTheException()
    {
        var log = new ListLogger();

        var answer = UnexpectedErrors.Answer(new InvalidOperationException("secret detail"), "Regenerate", log);

        Assert.Equal(500, answer.StatusCode);
        var body = Assert.IsType<UnexpectedError>(answer.Body);
        var entry = Assert.Single(log.Entries);
        Assert.Contains(body.ErrorId, entry.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(entry.Exception);
        Assert.DoesNotContain("secret detail", body.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLocalApiAnswersAnUnforeseenFailureWithAnErrorIdNeverAnEmptyBody()
    {
        var log = new ListLogger();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<ILoggerProvider>(log);
        await using var app = builder.Build();
        app.UseReportsApiErrors();
        app.MapPost("/api/boom", (Func<string>)(() => throw new InvalidOperationException("secret detail")));
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var response = await client.PostAsync(new Uri("/api/boom", UriKind.Relative), null);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var errorId = body.GetProperty("errorId").GetString()!;
        Assert.Contains(log.Entries, e => e.Message.Contains(errorId, StringComparison.Ordinal) && e.Exception is InvalidOperationException);
        Assert.DoesNotContain("secret detail", body.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body.ToString(), StringComparison.Ordinal);
    }

    private sealed class ListLogger : ILogger, ILoggerProvider
    {
        public List<(string Message, Exception? Exception)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lock (Entries)
                {
                    Entries.Add((formatter(state, exception), exception));
                }
            }
        }

        public void Dispose()
        {
        }
    }
}
