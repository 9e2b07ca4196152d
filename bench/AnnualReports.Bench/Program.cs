using System.Globalization;
using AnnualReports.Bench;

// dotnet run -c Release --project bench/AnnualReports.Bench -- all|report|latency|site|upload|fault|queue
//   [--uploads 200] [--agencies 1000] [--years 10] [--parallelism 16] [--sizes 1000,10000,100000] [--consumers 1,2,4] [--consumer-heap-limit-mb 0] [--azurite-memory-mb N] [--fault-percent 10]
var command = args.Length > 0 ? args[0] : "all";
int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, "--" + name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

string? Text(string name)
{
    var index = Array.IndexOf(args, "--" + name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

IReadOnlyList<int> ListOption(string name, IReadOnlyList<int> fallback) =>
    Text(name) is { } list ? [.. list.Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture))] : fallback;

if (command is "queue-consumer")
{
    // Started by the queue benchmark: one consumer process.
    return await QueueConsumerProcess.RunAsync(
        Text("connection") ?? throw new ArgumentException("--connection is required"),
        Text("run") ?? throw new ArgumentException("--run is required"),
        Text("title") ?? throw new ArgumentException("--title is required"));
}

if (command is not ("all" or "report" or "latency" or "site" or "upload" or "fault" or "queue"))
{
    Console.Error.WriteLine("Usage: all | report | latency | site | upload | fault | queue  [--uploads N] [--agencies N] [--years N] [--parallelism N] [--sizes N,N,...] [--consumers N,N,...] [--consumer-heap-limit-mb N] [--azurite-memory-mb N] [--fault-percent N]");
    return 2;
}

if (command is "fault")
{
    // Not part of "all": it compares end states rather than timing anything.
    return await FaultBenchmark.RunAsync(Option("uploads", 1000), Option("fault-percent", 10) / 100.0);
}

var table = new ResultTable();
if (command is "all" or "report")
{
    ReportBenchmark.Run(table);
}

if (command is "all" or "latency")
{
    await LatencyBenchmark.RunAsync(table, Option("uploads", 200));
}

if (command is "all" or "site")
{
    await SiteBenchmark.RunAsync(table, Option("agencies", 1000), Option("years", 10), Option("parallelism", AnnualReports.Publishing.SiteRegenerator.DefaultParallelism));
}

if (command is "queue")
{
    // Not part of "all": it starts consumer processes of its own and takes minutes.
    await QueueBenchmark.RunAsync(
        table, Option("agencies", 1000), Option("years", 10), Option("parallelism", AnnualReports.Publishing.SiteRegenerator.DefaultParallelism),
        ListOption("consumers", QueueBenchmark.ConsumerCounts),
        Option("consumer-heap-limit-mb", 0),
        Option("azurite-memory-mb", 0) is > 0 and var limit ? limit : null);
}

if (command is "all" or "upload")
{
    await UploadCostBenchmark.RunAsync(table, ListOption("sizes", [1_000, 10_000, 100_000]));
}

Console.WriteLine();
Console.WriteLine(MachineInfo.Describe());
Console.WriteLine(table.Render());
return 0;
