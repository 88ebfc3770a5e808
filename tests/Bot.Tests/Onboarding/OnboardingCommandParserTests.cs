using Wayfinder.Bot.Onboarding.Chat;

namespace Wayfinder.Bot.Tests.Onboarding;

/// <summary>The onboarding commands as people type them.</summary>
public sealed class OnboardingCommandParserTests
{
    [Theory]
    [InlineData("onboard @jane start 2026-12-07 plan backend buddy @sam", "@jane", "2026-12-07", "backend", "@sam")]
    [InlineData("onboard <@U123> start 2026-12-07", "<@U123>", "2026-12-07", null, null)]
    [InlineData("Onboard Jane Doe starting 2026-12-07 buddy Sam Smith", "Jane Doe", "2026-12-07", null, "Sam Smith")]
    public void Parse_Enrol_PersonDatePlanBuddy(string text, string person, string date, string? plan, string? buddy)
    {
        Assert.Equal(new OnboardingCommand(OnboardingCommandKind.Enroll, person, date, plan, buddy), OnboardingCommandParser.Parse(text));
    }

    [Theory]
    [InlineData("my onboarding")]
    [InlineData("show my onboarding")]
    [InlineData("My checklist?")]
    public void Parse_Mine_Mine(string text)
    {
        Assert.Equal(OnboardingCommandKind.Mine, OnboardingCommandParser.Parse(text)?.Kind);
    }

    [Theory]
    [InlineData("onboarding status @jane", "@jane")]
    [InlineData("onboarding progress of Jane Doe?", "Jane Doe")]
    public void Parse_Status_Person(string text, string person)
    {
        Assert.Equal(new OnboardingCommand(OnboardingCommandKind.Status, person), OnboardingCommandParser.Parse(text));
    }

    [Theory]
    [InlineData("who owns checkout-service")]
    [InlineData("what is onboarding")]
    [InlineData("docs for the onboarding service")]
    public void Parse_Question_NotACommand(string text)
    {
        Assert.Null(OnboardingCommandParser.Parse(text));
    }
}
