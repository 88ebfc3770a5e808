namespace Wayfinder.Skills.Onboarding;

/// <summary>Remind every <paramref name="AfterWorkdays"/> workdays while a step is not done, at most <paramref name="MaxTimes"/> times.</summary>
public sealed record ReminderRule(int AfterWorkdays, int MaxTimes);
