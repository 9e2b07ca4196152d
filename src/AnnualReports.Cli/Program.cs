using AnnualReports.Cli;

return await CliApp.Build(Console.Out, Console.Error).Parse(args).InvokeAsync().ConfigureAwait(false);
