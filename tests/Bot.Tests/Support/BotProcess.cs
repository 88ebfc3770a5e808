using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>
/// The real Wayfinder.Bot binary started as a child process on a free loopback port, as `dotnet run` would,
/// stopped on dispose. Tests talk to it over real HTTP. A bot not given <c>--Storage:SqlitePath</c> keeps its files in a
/// folder of its own, removed on dispose, never in the repository's <c>data/</c> (which tests running side by side would share).
/// </summary>
internal sealed partial class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private string? _scratch;

    private BotProcess(Process process) => _process = process;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the bot from <paramref name="workingDirectory"/> with extra configuration arguments.</summary>
    public static async Task<BotProcess> StartAsync(string workingDirectory, IEnumerable<string> args, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Wayfinder.Bot.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        var given = args.ToList();
        foreach (var arg in given)
        {
            start.ArgumentList.Add(arg);
        }

        string? scratch = null;
        if (!given.Contains("--Storage:SqlitePath", StringComparer.Ordinal))
        {
            scratch = Path.Combine(Path.GetTempPath(), $"wayfinder-bot-{Guid.NewGuid():N}");
            start.ArgumentList.Add("--Storage:SqlitePath");
            start.ArgumentList.Add(Path.Combine(scratch, "wayfinder.db"));
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        var bot = new BotProcess(new Process { StartInfo = start, EnableRaisingEvents = true }) { _scratch = scratch };
        bot._process.Exited += (_, _) => bot._listening.TrySetException(
            new InvalidOperationException($"The bot exited before listening:{Environment.NewLine}{bot.Output}"));
        bot._process.Start();
        bot._process.OutputDataReceived += (_, e) => bot.Collect(e.Data);
        bot._process.ErrorDataReceived += (_, e) => bot.Collect(e.Data);
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        bot.BaseAddress = await bot._listening.Task.WaitAsync(timeout.Token);
        bot.Client = new HttpClient { BaseAddress = bot.BaseAddress };
        return bot;
    }

    /// <summary>Polls <c>/healthz</c> until it answers <paramref name="status"/>.</summary>
    public async Task<HttpResponseMessage> WaitForHealthAsync(System.Net.HttpStatusCode status, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            var response = await Client.GetAsync(new Uri("/healthz", UriKind.Relative), timeout.Token);
            if (response.StatusCode == status)
            {
                return response;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (_scratch is not null && Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
