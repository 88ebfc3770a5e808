namespace Wayfinder.Bot.Slack.Outbound;

/// <summary>How a call to Slack fails when Slack, not the caller, is the problem.</summary>
internal static class SlackFailures
{
    /// <summary>
    /// True for an error answer (<see cref="SlackApiException"/>), a network failure, a timeout, or the resilience
    /// pipeline's open circuit: the failures callers log, retry later or fall back from. Callers add their own (a socket
    /// error, a cancellation that is not theirs).
    /// </summary>
    public static bool IsUnavailable(Exception exception) =>
        exception is SlackApiException or HttpRequestException or TimeoutException or Polly.CircuitBreaker.BrokenCircuitException;
}
