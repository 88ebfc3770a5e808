using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Validation;
using Wayfinder.Skills.Onboarding;
using static Wayfinder.Skills.Tests.Onboarding.PlanYaml;

namespace Wayfinder.Skills.Tests.Onboarding;

public sealed class PlanReaderTests
{
    [Fact]
    public void Read_MinimalPlan_LoadsWithDefaults()
    {
        var (plans, problems) = Read($"id: backend\ntitle: Backend\nfor: everyone\n{OneStep}");

        Assert.Empty(problems);
        var plan = Assert.Single(plans);
        Assert.Equal("backend", plan.Id);
        Assert.Equal("Backend", plan.Title);
        Assert.Same(PlanAudience.All, plan.Audience);
        Assert.Equal(new SourcePosition("plans.yaml", 1, 1), plan.Source);
        var step = Assert.Single(plan.Steps);
        Assert.Equal(("welcome", 1, new TimeOnly(9, 30), "Welcome {{person.name}}"), (step.Id, step.Workday, step.SendAt, step.Message));
        Assert.Equal((false, null, 0), (step.NeedsDone, step.Reminder, step.Links.Count));
        Assert.Equal(new SourcePosition("plans.yaml", 5, 5), step.Source);
    }

    [Theory]
    [InlineData("title: T\nfor: everyone\n" + OneStep, "plans.yaml:1:1: error: 'id' is required in the plan")]
    [InlineData("id: p\nfor: everyone\n" + OneStep, "plans.yaml:1:1: error: 'title' is required in plan 'p'")]
    [InlineData("id: p\ntitle: T\n" + OneStep, "plans.yaml:1:1: error: 'for' is required in the plan: 'everyone', or { groups: [group, ...] }")]
    [InlineData("id: p\ntitle: T\nfor: everyone\n", "plans.yaml:1:1: error: 'steps' is required in plan 'p': a list of at least one step")]
    [InlineData("id: p\ntitle: T\nfor: everyone\nsteps: []\n", "plans.yaml:4:8: error: steps of plan 'p' must list at least one step")]
    public void Read_MissingRequiredField_ErrorAndPlanSkipped(string yaml, string expected)
    {
        var (plans, problems) = Read(yaml);

        Assert.Empty(plans);
        Assert.Equal(expected, Assert.Single(problems).ToString());
    }

    [Theory]
    [InlineData("Backend")]
    [InlineData("back_end")]
    [InlineData("back--end")]
    [InlineData("-backend")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public void Read_BadPlanId_Error(string id)
    {
        var (plans, problems) = Read($"id: {id}\ntitle: T\nfor: everyone\n{OneStep}");

        Assert.Empty(plans);
        Assert.Equal($"plans.yaml:1:5: error: id '{id}' of the plan is invalid: 1-63 lower-case letters and digits joined by single '-', e.g. 'checkout-payments'", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Read_UnknownKeys_WarningsAndPlanLoads()
    {
        var (plans, problems) = Read("id: p\ntitle: T\nowner: me\nfor: everyone\nsteps:\n  - id: a\n    day: 1\n    message: Hi\n    channel: x\n");

        Assert.Single(plans);
        Assert.Equal(
            [
                "plans.yaml:3:1: warning: unknown key 'owner' in plan 'p' is ignored; known keys: id, title, for, steps",
                "plans.yaml:9:5: warning: unknown key 'channel' in step 'a' is ignored; known keys: id, day, at, message, links, done, remind",
            ],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_AudienceGroups_ParsedToRefsWithDefaultKindAndNamespace()
    {
        var (plans, problems) = Read("id: p\ntitle: T\nfor: {groups: [checkout-payments, ops/fulfilment, group:default/Last-Mile]}\n" + OneStep);

        Assert.Empty(problems);
        var audience = Assert.Single(plans).Audience;
        Assert.False(audience.Everyone);
        Assert.Equal(["group:default/checkout-payments", "group:ops/fulfilment", "group:default/last-mile"], audience.Groups.Select(g => g.ToString()));
    }

    [Theory]
    [InlineData("for: {groups: [user:jo]}", "plans.yaml:3:16: error: 'for' groups: user:default/jo is not a group; plans are for members of groups")]
    [InlineData("for: {groups: []}", "plans.yaml:3:15: error: 'for' needs 'groups': a list of at least one group, e.g. { groups: [checkout-payments] }")]
    [InlineData("for: all", "plans.yaml:3:6: error: 'for' must be 'everyone' or { groups: [group, ...] }, not 'all'")]
    public void Read_BadAudience_Error(string audience, string expected)
    {
        var (plans, problems) = Read($"id: p\ntitle: T\n{audience}\n{OneStep}");

        Assert.Empty(plans);
        Assert.Equal(expected, Assert.Single(problems).ToString());
    }

    [Fact]
    public void Read_CoercibleValues_StayText()
    {
        var (plans, problems) = Read("id: p\ntitle: on\nfor: everyone\nsteps:\n  - id: a\n    day: 1\n    message: 1.0\n");

        Assert.Empty(problems);
        var plan = Assert.Single(plans);
        Assert.Equal(("on", "1.0"), (plan.Title, plan.Steps[0].Message));
    }

    [Fact]
    public void Read_SeveralDocuments_BadOneSkippedOthersLoad()
    {
        var (plans, problems) = Read($"id: one\ntitle: One\nfor: everyone\n{OneStep}\n---\nid: Two\n---\nid: three\ntitle: Three\nfor: everyone\n{OneStep}\n");

        Assert.Equal(["one", "three"], plans.Select(p => p.Id));
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Equal((ProblemSeverity.Error, 9), (p.Severity, p.Position.Line)));
    }
}
