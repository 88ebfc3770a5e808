using System.Diagnostics;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Bench.Measuring;

/// <summary>
/// Times <see cref="IQuestionAnswerer.AnswerAsync"/> question by question (understanding, resolution and the answer),
/// and counts how often the intended entity is the subject or among the alternatives offered.
/// </summary>
internal static class AskMeasurer
{
    public static (LatencyStats Latency, double Resolved) Measure(IQuestionAnswerer answerer, QuerySet questions)
    {
        var ticks = new long[questions.Probes.Count];
        var resolved = 0;
        for (var i = 0; i < ticks.Length; i++)
        {
            var probe = questions.Probes[i];
            var started = Stopwatch.GetTimestamp();
            var answer = answerer.AnswerAsync(new Question(probe.Text), CancellationToken.None).AsTask().GetAwaiter().GetResult();
            ticks[i] = Stopwatch.GetTimestamp() - started;
            var intended = probe.Intended.Ref.ToString();
            resolved += answer.Subject == intended || answer.Alternatives.Contains(intended) ? 1 : 0;
        }

        return (LatencyStats.FromTicks(ticks), ticks.Length == 0 ? 0 : (double)resolved / ticks.Length);
    }
}
