using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Wayfinder.Bench.Compare;

/// <summary>
/// The Release bot as its own process on a free loopback port, serving a catalog folder, with its SQLite state (and
/// the on-disk index, when asked) in a temporary folder that is deleted with it. Times start to ready.
/// </summary>
internal sealed partial class ServedBot : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _state;
    private readonly long _started;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServedBot(Process process, string state)
    {
        _process = process;
        _state = state;
        _process.OutputDataReceived += (_, e) => Watch(e.Data);
        _process.ErrorDataReceived += (_, e) => Watch(e.Data);
        _process.EnableRaisingEvents = true;
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException($"the bot exited with code {_process.ExitCode} before listening"));
        _started = Stopwatch.GetTimestamp();
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts the bot; <paramref name="indexOnDisk"/> sets <c>Catalog:IndexPath</c> to a fresh temporary folder.</summary>
    public static ServedBot Start(string botDll, string catalog, bool indexOnDisk)
    {
        var state = Path.Combine(Path.GetTempPath(), $"wayfinder-compare-{Guid.NewGuid():N}");
        Directory.CreateDirectory(state);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] arguments = [botDll, "--urls", "http://127.0.0.1:0", "--Catalog:Paths:0", catalog, "--Catalog:Watch", "false",
            "--Storage:SqlitePath", Path.Combine(state, "wayfinder.db"), "--Logging:LogLevel:Default", "Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime", "Information", .. indexOnDisk ? ["--Catalog:IndexPath", Path.Combine(state, "index")] : Array.Empty<string>()];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new ServedBot(new Process { StartInfo = start }, state);
    }

    /// <summary>
    /// Waits until <c>/healthz</c> answers 200 and <c>/api/ask?q=<paramref name="question"/></c> answers with a subject;
    /// returns the time from process start.
    /// </summary>
    public async Task<TimeSpan> WaitReadyAsync(string question, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        BaseAddress = await _listening.Task.WaitAsync(timeout.Token).ConfigureAwait(false);
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        while (!await HealthyAsync(http, timeout.Token).ConfigureAwait(false) || !await AnswersAsync(http, question, timeout.Token).ConfigureAwait(false))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the bot exited with code {_process.ExitCode} before it was ready");
            }

            await Task.Delay(20, timeout.Token).ConfigureAwait(false);
        }

        return Stopwatch.GetElapsedTime(_started);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_state, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the exiting process: the temporary folder is left for the OS to clean.
        }
    }

    private static async Task<bool> HealthyAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative), cancellationToken).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.OK;
    }

    private static async Task<bool> AnswersAsync(HttpClient http, string question, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(AskUri(question), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return false;
        }

        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        return answer.RootElement.TryGetProperty("subject", out var subject) && subject.ValueKind == JsonValueKind.String;
    }

    public static Uri AskUri(string question) => new($"api/ask?q={Uri.EscapeDataString(question)}", UriKind.Relative);

    private void Watch(string? line)
    {
        if (line is not null && Listening().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value + "/"));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
