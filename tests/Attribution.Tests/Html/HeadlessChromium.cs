using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Attribution.Tests.Html;

/// <summary>
/// Debian's Chromium, headless, driven through the DevTools protocol over a WebSocket: open a page, evaluate script
/// in it, take a screenshot. The browser is this test's own process, with a profile of its own, and ends with it.
/// </summary>
internal sealed partial class HeadlessChromium : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly string profile;
    private readonly ClientWebSocket socket = new();
    private int nextId;

    private HeadlessChromium(Process process, string profile)
    {
        this.process = process;
        this.profile = profile;
    }

    public static string Executable =>
        Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Starts the browser on <paramref name="url"/>, <paramref name="width"/> pixels wide, and waits until the page has loaded.</summary>
    public static async Task<HeadlessChromium> OpenAsync(string url, int width, int height)
    {
        Assert.True(File.Exists(Executable), $"{Executable} is missing: the report's browser test needs Debian's Chromium (apt-get install -y chromium), or CHROMIUM=path");
        var profile = Path.Combine(Path.GetTempPath(), "attribution-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };

        // The flags that work on this machine's closed network (its dotnet.md): no sandbox as root, no GPU, and none of
        // the background connections that would be refused.
        foreach (var flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--remote-debugging-port=0",
            $"--user-data-dir={profile}", $"--window-size={width},{height}", url,
        })
        {
            start.ArgumentList.Add(flag);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Executable}");
        var browser = new HeadlessChromium(process, profile);
        try
        {
            _ = process.StandardOutput.ReadToEndAsync();
            var port = await ReadDevToolsPortAsync(process).WaitAsync(Patience);
            await browser.ConnectToPageAsync(port);

            // The window's own size leaves the page a little less; this makes the page exactly what was asked.
            await browser.SendAsync("Emulation.setDeviceMetricsOverride", new { width, height, deviceScaleFactor = 1, mobile = false });
            await browser.WaitForLoadAsync(url);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>The value of <paramref name="expression"/>, evaluated in the page, as JSON.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var response = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true });
        var result = response.GetProperty("result");
        Assert.False(response.TryGetProperty("exceptionDetails", out var error), $"the page's script failed: {error}");
        return result.TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    /// <summary>A PNG of what the window shows.</summary>
    public async Task<byte[]> ScreenshotAsync()
    {
        var response = await SendAsync("Page.captureScreenshot", new { format = "png" });
        return Convert.FromBase64String(response.GetProperty("data").GetString()!);
    }

    public async ValueTask DisposeAsync()
    {
        socket.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().WaitAsync(Patience);
        }

        process.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // A profile left in the temp folder is not worth failing a test over.
        }
    }

    private static async Task<int> ReadDevToolsPortAsync(Process process)
    {
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            if (DevToolsLine().Match(line) is { Success: true } match)
            {
                return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"{Executable} ended without opening its DevTools port (exit code {process.ExitCode})");
    }

    private async Task ConnectToPageAsync(int port)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        for (var attempt = 0; ; attempt++)
        {
            using var targets = JsonDocument.Parse(await http.GetStringAsync(new Uri("json/list", UriKind.Relative)));
            var page = targets.RootElement.EnumerateArray().FirstOrDefault(t => t.GetProperty("type").GetString() == "page");
            if (page.ValueKind == JsonValueKind.Object)
            {
                await socket.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!), CancellationToken.None);
                return;
            }

            Assert.True(attempt < 100, "Chromium opened no page");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Waits until the page holds <paramref name="url"/>, loaded: the tab may still show its first, empty document,
    /// which is "complete" at once, when the DevTools connection is made (a busy machine showed such a page with no
    /// report in it).
    /// </summary>
    private async Task WaitForLoadAsync(string url)
    {
        var watch = Stopwatch.StartNew();
        var loaded = "complete " + url;
        while ((await EvaluateAsync("document.readyState + ' ' + location.href")).GetString() != loaded)
        {
            Assert.True(watch.Elapsed < Patience, "the page did not finish loading");
            await Task.Delay(50);
        }
    }

    private async Task<JsonElement> SendAsync(string method, object parameters)
    {
        var id = ++nextId;
        var request = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters });
        await socket.SendAsync(request, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

        // Events may come before the answer; the answer carries the request's id.
        while (true)
        {
            using var message = JsonDocument.Parse(await ReceiveAsync().WaitAsync(Patience));
            if (message.RootElement.TryGetProperty("id", out var answered) && answered.GetInt32() == id)
            {
                Assert.False(message.RootElement.TryGetProperty("error", out var error), $"{method} failed: {error}");
                return message.RootElement.GetProperty("result").Clone();
            }
        }
    }

    private async Task<string> ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, CancellationToken.None);
            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        return Encoding.UTF8.GetString(message.ToArray());
    }

    [GeneratedRegex(@"DevTools listening on ws://127\.0\.0\.1:(\d+)/")]
    private static partial Regex DevToolsLine();
}
