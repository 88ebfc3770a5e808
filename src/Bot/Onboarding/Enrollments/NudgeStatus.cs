namespace Wayfinder.Bot.Onboarding.Enrollments;

/// <summary>Where a nudge is in its life.</summary>
public enum NudgeStatus
{
    /// <summary>Scheduled, not yet sent.</summary>
    Pending,

    /// <summary>Claimed by a scheduler node and being sent.</summary>
    Sending,

    /// <summary>Delivered.</summary>
    Sent,

    /// <summary>Could never be delivered (person gone, bot blocked); the manager is told.</summary>
    Failed,

    /// <summary>Not needed any more (enrolment cancelled, or the step was done before its reminder).</summary>
    Skipped,
}
