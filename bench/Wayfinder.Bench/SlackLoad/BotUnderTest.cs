using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Wayfinder.Bench.SlackLoad;

/// <summary>The Release bot started as its own process on a loopback port, Slack pointed at the fake API.</summary>
internal sealed partial class BotUnderTest : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotUnderTest(Process process) => _process = process;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<BotUnderTest> StartAsync(
        string botDll, string catalog, string slackApi, string secret, CancellationToken cancellationToken, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])[botDll, "--urls", "http://127.0.0.1:0", "--Catalog:Paths:0", catalog, "--Catalog:Watch", "false",
                     "--Slack:SigningSecret", secret, "--Slack:BotToken", "xoxb-bench", "--Slack:ApiBaseUrl", slackApi,
                     "--Slack:QueueCapacity", "100000", "--Logging:LogLevel:Default", "Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime", "Information", .. extra])
        {
            start.ArgumentList.Add(arg);
        }

        var bot = new BotUnderTest(new Process { StartInfo = start });
        bot._process.OutputDataReceived += (_, e) => bot.Watch(e.Data);
        bot._process.ErrorDataReceived += (_, e) => bot.Watch(e.Data);
        bot._process.Start();
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        bot.BaseAddress = await bot._listening.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Watch(string? line)
    {
        if (line is not null && Listening().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
