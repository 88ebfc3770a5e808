namespace Wayfinder.Skills.Onboarding.Scheduling;

/// <summary>What a scheduled nudge carries.</summary>
public enum NudgeKind
{
    /// <summary>One step, on its day.</summary>
    Step,

    /// <summary>A reminder of a step that needs a Done and is still open.</summary>
    Reminder,

    /// <summary>Steps whose time had passed when the person was enrolled, as one message.</summary>
    CatchUp,
}
