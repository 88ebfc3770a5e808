namespace Wayfinder.Skills.Onboarding.Messages;

/// <summary>
/// Where a person is with the steps of their plan that have a Done button: ticked off, still open, or overdue (the day of
/// the step's first message has passed and it is not done). Steps without a Done button are not counted.
/// </summary>
/// <param name="Done">Steps ticked off, in plan order.</param>
/// <param name="Open">Steps not done whose first message is today or later, in plan order.</param>
/// <param name="Overdue">Steps not done whose first message's day has passed, in plan order.</param>
public sealed record OnboardingProgress(IReadOnlyList<string> Done, IReadOnlyList<string> Open, IReadOnlyList<OverdueStep> Overdue)
{
    /// <summary>True when nothing is left to tick off.</summary>
    public bool Finished => Open.Count == 0 && Overdue.Count == 0;

    /// <summary>Sorts the plan's Done steps.</summary>
    /// <param name="plan">The person's plan.</param>
    /// <param name="done">The steps ticked off.</param>
    /// <param name="firstDay">Each step's first message's local date (its own day, or the catch-up's); a step with none is open.</param>
    /// <param name="today">The person's local date now.</param>
    public static OnboardingProgress Of(OnboardingPlan plan, IReadOnlySet<string> done, IReadOnlyDictionary<string, DateOnly> firstDay, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(done);
        ArgumentNullException.ThrowIfNull(firstDay);
        var ticked = new List<string>();
        var open = new List<string>();
        var overdue = new List<OverdueStep>();
        foreach (var step in plan.Steps.Where(s => s.NeedsDone))
        {
            if (done.Contains(step.Id))
            {
                ticked.Add(step.Id);
            }
            else if (firstDay.TryGetValue(step.Id, out var day) && day < today)
            {
                overdue.Add(new OverdueStep(step.Id, day));
            }
            else
            {
                open.Add(step.Id);
            }
        }

        return new OnboardingProgress(ticked, open, overdue);
    }
}
