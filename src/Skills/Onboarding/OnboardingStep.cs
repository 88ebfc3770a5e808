using Wayfinder.Catalog.Entities;

namespace Wayfinder.Skills.Onboarding;

/// <summary>One message of a plan.</summary>
/// <param name="Id">Stable id within the plan, e.g. <c>meet-the-team</c>.</param>
/// <param name="Workday">Which workday it is sent on: 1 is the first workday on or after the start date.</param>
/// <param name="SendAt">Local send time in the person's time zone (plans default to 09:30).</param>
/// <param name="Message">Markdown with placeholders such as <c>{{person.name}}</c>, filled in at send time.</param>
/// <param name="Links">Links shown as buttons.</param>
/// <param name="NeedsDone">True when the person ticks it off with a Done button.</param>
/// <param name="Reminder">When and how often to remind while not done; <c>null</c> for no reminders.</param>
/// <param name="Source">Where the step is written.</param>
public sealed record OnboardingStep(
    string Id, int Workday, TimeOnly SendAt, string Message, IReadOnlyList<PlanLink> Links, bool NeedsDone, ReminderRule? Reminder, SourcePosition Source);
