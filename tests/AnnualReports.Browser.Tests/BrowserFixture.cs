using AnnualReports.Azure;
using AnnualReports.Azure.Local;
using AnnualReports.Cli.Dev;
using AnnualReports.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace AnnualReports.Browser.Tests;

/// <summary>
/// The local stack (Azurite in memory, the seeds published, watcher, website) on free ports, and Debian's Chromium
/// driven by Playwright. Never a downloaded browser: without <see cref="ChromiumPath"/> every test fails.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private DevHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public DevHost Host => _host ?? throw new InvalidOperationException("The dev host has not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not started.");

    public Uri SiteUrl => Host.SiteUrl;

    public IncomingUploads Incoming =>
        new(Host.Services.GetRequiredService<StorageClients>().Blobs.GetBlobContainerClient(Host.Services.GetRequiredService<StorageOptions>().IncomingContainer));

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}. The browser tests use Debian's Chromium and CJK fonts, never a downloaded browser: " +
                "run 'sudo apt-get install chromium fonts-noto-cjk' (.ci/run does this).");
        }

        var options = new DevOptions(0, 0, PublishSeeds: true, new ConfigurationBuilder().Build(), RepoPaths.Root) { MinimumLogLevel = LogLevel.Warning };
        _host = await DevHost.StartAsync(options, TextWriter.Null, CancellationToken.None);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>A fresh page of the given width, with the site as its base URL, recording console errors and page errors.</summary>
    public async Task<(IPage Page, IReadOnlyCollection<string> Errors)> OpenPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = SiteUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add($"{message.Text} ({message.Location})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add(error);
            }
        };
        return (page, errors);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class UsesBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
