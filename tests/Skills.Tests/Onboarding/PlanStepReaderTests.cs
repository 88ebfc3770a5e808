using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Validation;
using Wayfinder.Skills.Onboarding;
using static Wayfinder.Skills.Tests.Onboarding.PlanYaml;

namespace Wayfinder.Skills.Tests.Onboarding;

public sealed class PlanStepReaderTests
{
    [Fact]
    public void Read_FullStep_ReadsEveryField()
    {
        var (plans, problems) = Read("""
            id: backend
            title: Backend
            for: everyone
            steps:
              - id: tools
                day: 2
                at: "14:05"
                message: |
                  Sign in.
                links:
                  - {title: Grafana, url: https://grafana.example.com}
                done: true
                remind: {after: 2, times: 3}
            """);

        Assert.Empty(problems);
        var step = Assert.Single(Assert.Single(plans).Steps);
        Assert.Equal((2, new TimeOnly(14, 5), "Sign in.", true), (step.Workday, step.SendAt, step.Message, step.NeedsDone));
        Assert.Equal([new PlanLink("Grafana", "https://grafana.example.com")], step.Links);
        Assert.Equal(new ReminderRule(2, 3), step.Reminder);
    }

    [Fact]
    public void Read_DuplicateStepId_ErrorNamingFirstLine()
    {
        var (plans, problems) = Read(Plan("""
              - id: welcome
                day: 1
                message: Hi
              - id: welcome
                day: 2
                message: Again
            """));

        Assert.Empty(plans);
        Assert.Equal("plans.yaml:8:5: error: step id 'welcome' is used twice in plan 'p'; the first is at line 5", Assert.Single(problems).ToString());
    }

    [Theory]
    [InlineData("0", "day of step 'a' must be a whole number from 1 to 260; 0 is out of range")]
    [InlineData("261", "day of step 'a' must be a whole number from 1 to 260; 261 is out of range")]
    [InlineData("1.0", "day of step 'a' must be a whole number from 1 to 260, not '1.0'")]
    [InlineData("two", "day of step 'a' must be a whole number from 1 to 260, not 'two'")]
    [InlineData("\"3\"", "day of step 'a' must be a whole number from 1 to 260, not the quoted text \"3\"; remove the quotes")]
    public void Read_DayOutOfRangeOrNotInteger_Error(string day, string expected)
    {
        var (plans, problems) = Read(Plan($"  - id: a\n    day: {day}\n    message: Hi\n"));

        Assert.Empty(plans);
        Assert.Equal($"plans.yaml:6:10: error: {expected}", Assert.Single(problems).ToString());
    }

    [Theory]
    [InlineData("9:30pm")]
    [InlineData("9:30")]
    [InlineData("24:00")]
    [InlineData("on")]
    public void Read_BadTime_Error(string at)
    {
        var (plans, problems) = Read(Plan($"  - id: a\n    day: 1\n    at: \"{at}\"\n    message: Hi\n"));

        Assert.Empty(plans);
        Assert.Equal(
            $"plans.yaml:7:9: error: at of step 'a' must be a 24-hour time HH:mm such as \"09:30\" or \"14:00\", not '{at}'",
            Assert.Single(problems).ToString());
    }

    [Fact]
    public void Read_UnknownPlaceholder_ErrorNamingAllowedOnes()
    {
        var (plans, problems) = Read(Plan("  - id: a\n    day: 1\n    message: Hi {{ person.nickname }}, see {{team.name}}\n"));

        Assert.Empty(plans);
        var error = Assert.Single(problems);
        Assert.Equal(new SourcePosition("plans.yaml", 7, 14), error.Position);
        Assert.StartsWith("the message of step 'a' uses unknown placeholder(s) {{person.nickname}}; the placeholders are person.name, person.email,", error.Message, StringComparison.Ordinal);
        Assert.All(PlanPlaceholders.Names, name => Assert.Contains(name, error.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/handbook")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://files.example.com/a")]
    public void Read_LinkNotAbsoluteWebAddress_Error(string url)
    {
        var (plans, problems) = Read(Plan($"  - id: a\n    day: 1\n    message: Hi\n    links:\n      - title: Handbook\n        url: \"{url}\"\n"));

        Assert.Empty(plans);
        Assert.Equal($"plans.yaml:10:14: error: url '{url}' of a link of step 'a' must be an absolute http:// or https:// address", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Read_RemindWithoutDone_WarningAndNoReminder()
    {
        var (plans, problems) = Read(Plan("  - id: a\n    day: 1\n    message: Hi\n    remind: {after: 2, times: 3}\n"));

        var step = Assert.Single(Assert.Single(plans).Steps);
        Assert.Null(step.Reminder);
        var warning = Assert.Single(problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal("plans.yaml:8:13: warning: remind of step 'a' is ignored: only a step with 'done: true' is reminded about", warning.ToString());
    }

    [Theory]
    [InlineData("{after: 0, times: 3}", "after of remind of step 'a' must be a whole number from 1 to 20; 0 is out of range")]
    [InlineData("{after: 2, times: 11}", "times of remind of step 'a' must be a whole number from 1 to 10; 11 is out of range")]
    [InlineData("{after: 2}", "'times' is required in remind of step 'a': a whole number from 1 to 10")]
    public void Read_BadReminder_Error(string remind, string expected)
    {
        var (plans, problems) = Read(Plan($"  - id: a\n    day: 1\n    message: Hi\n    done: true\n    remind: {remind}\n"));

        Assert.Empty(plans);
        Assert.Equal(expected, Assert.Single(problems).Message);
    }

    [Fact]
    public void Read_Steps_OrderedByDayThenTime()
    {
        var (plans, _) = Read(Plan("""
              - {id: c, day: 3, message: C}
              - {id: b2, day: 1, at: "14:00", message: B2}
              - {id: a, day: 1, message: A}
              - {id: b1, day: 1, at: "14:00", message: B1}
            """));

        Assert.Equal(["a", "b2", "b1", "c"], Assert.Single(plans).Steps.Select(s => s.Id));
    }
}
