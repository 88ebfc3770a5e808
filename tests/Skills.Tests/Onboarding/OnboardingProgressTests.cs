using Wayfinder.Catalog.Entities;
using Wayfinder.Skills.Onboarding;
using Wayfinder.Skills.Onboarding.Messages;

namespace Wayfinder.Skills.Tests.Onboarding;

/// <summary>A person's Done steps sorted into done, open and overdue, and the digest text written from them.</summary>
public sealed class OnboardingProgressTests
{
    private static readonly DateOnly Today = new(2026, 5, 6);

    private static readonly OnboardingPlan Plan = new("p", "Plan P", PlanAudience.All,
        [Step("welcome", needsDone: false), Step("accounts"), Step("buddy"), Step("deploy")], new SourcePosition("p.yaml", 1, 1));

    [Fact]
    public void Of_Steps_StepsWithoutDoneLeftOutPastNotDoneOverdueTodayAndUnscheduledOpen()
    {
        var progress = OnboardingProgress.Of(Plan, new HashSet<string> { "buddy" },
            new Dictionary<string, DateOnly> { ["welcome"] = Today.AddDays(-2), ["accounts"] = Today.AddDays(-2), ["buddy"] = Today.AddDays(-1) }, Today);

        Assert.Equal(["buddy"], progress.Done);
        Assert.Equal([new OverdueStep("accounts", Today.AddDays(-2))], progress.Overdue);
        Assert.Equal(["deploy"], progress.Open);
        Assert.False(progress.Finished);
    }

    [Fact]
    public void Render_Hires_NameStartAndOnlyTheListsThatHaveSteps()
    {
        var done = new OnboardingProgress(["accounts", "buddy"], ["deploy"], []);

        var text = ManagerDigestText.Render([new DigestHire("Jane Doe", "Plan P", new DateOnly(2026, 5, 4), done)]);

        Assert.Equal("Where your new hires are with their onboarding:\n\n**Jane Doe**: Plan P, from Monday 4 May 2026\nOpen: deploy\nDone: accounts, buddy", text);
    }

    private static OnboardingStep Step(string id, bool needsDone = true) =>
        new(id, 1, new TimeOnly(9, 30), "m", [], needsDone, null, new SourcePosition("p.yaml", 1, 1));
}
