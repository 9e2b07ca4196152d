using Azure;

namespace AnnualReports.Azure;

/// <summary>
/// What a storage call throws when it fails rather than the caller's code: the service's refusal
/// (<see cref="RequestFailedException"/>), or, once the SDK's retries are exhausted, an <see cref="AggregateException"/>
/// of its attempts' failures (timeouts among them). Loops that run until stopped (the local run's timers, watcher and
/// queue consumer) log these and carry on, as the Functions host would retry.
/// </summary>
public static class StorageFailure
{
    public static bool Is(Exception exception) => exception is RequestFailedException or AggregateException;
}
