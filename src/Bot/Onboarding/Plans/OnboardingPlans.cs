using Microsoft.Extensions.Options;
using Wayfinder.Skills.Onboarding;

namespace Wayfinder.Bot.Onboarding.Plans;

/// <summary>The onboarding plans, loaded at start-up from <see cref="OnboardingOptions.Plans"/>; problems are logged as <c>path:line:column</c>.</summary>
internal sealed partial class OnboardingPlans(IOptions<OnboardingOptions> options, ILogger<OnboardingPlans> logger) : IHostedService
{
    public PlanSet Current { get; private set; } = PlanSet.Empty;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Current = await PlanLoader.LoadAsync(options.Value.EffectivePlans, cancellationToken).ConfigureAwait(false);
        foreach (var problem in Current.Problems)
        {
            LogProblem(logger, problem.ToString());
        }

        LogLoaded(logger, Current.Plans.Count, Current.Problems.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Onboarding plan problem: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Onboarding plans loaded: {Plans} plan(s), {Problems} problem(s)")]
    private static partial void LogLoaded(ILogger logger, int plans, int problems);
}
