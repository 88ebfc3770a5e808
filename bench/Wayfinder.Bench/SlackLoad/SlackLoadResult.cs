using Wayfinder.Bench.Measuring;

namespace Wayfinder.Bench.SlackLoad;

/// <summary>What the Slack load run measured.</summary>
internal sealed record SlackLoadResult(
    int Sent, double TargetRate, double AchievedRate, LatencyStats Ack, int Non200, int AnsweredOnce, int Unanswered, int AnsweredTwice, double DrainSeconds);
