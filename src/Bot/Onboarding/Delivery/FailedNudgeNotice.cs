using Wayfinder.Bot.Onboarding.Enrollments;
using Wayfinder.Bot.Onboarding.Plans;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bot.Onboarding.Delivery;

/// <summary>
/// Tells a new hire's manager in chat that a nudge could not be delivered for good (no platform knows the person, they are
/// deactivated, the bot is blocked, or the retries ran out), so they reach out directly. Best effort: tried once, over the
/// first platform that knows the manager; a failure to tell them is logged and never thrown.
/// </summary>
internal sealed partial class FailedNudgeNotice(
    ICatalog catalog, OnboardingPlans plans, NudgeSender sender, IEnumerable<INudgeChannel> channels, ILogger<FailedNudgeNotice> logger)
{
    public async Task TellManagerAsync(Enrollment enrollment, NudgeRecord nudge, NudgeDelivery result, CancellationToken cancellationToken)
    {
        try
        {
            var snapshot = catalog.Snapshot;
            if (EnrollmentPeople.ByRef(snapshot, enrollment.Manager)?.Profile.Email is not { } email)
            {
                LogNoManager(logger, enrollment.Id, enrollment.Manager);
                return;
            }

            var person = EnrollmentPeople.ByRef(snapshot, enrollment.Person);
            var name = person?.DisplayName ?? enrollment.Email;
            var reason = person is null ? "they are no longer in the catalog" : Reason(enrollment, nudge, result);
            var text = $"Wayfinder couldn't deliver {name}'s onboarding {Steps(nudge)} over {Platforms()}: {reason}. Please reach out to them directly.";
            var message = new NudgeMessage(enrollment.Id, $"Onboarding of {name}", text, [], []) { Key = $"{enrollment.Id}/{nudge.NudgeId}/manager" };
            var told = await sender.SendAsync(email, message, cancellationToken).ConfigureAwait(false);
            LogTold(logger, enrollment.Id, nudge.NudgeId, told);
        }
        catch (Exception e)
        {
            LogNotTold(logger, enrollment.Id, nudge.NudgeId, e);
        }
    }

    private string Reason(Enrollment enrollment, NudgeRecord nudge, NudgeDelivery result) =>
        plans.Current.Find(enrollment.Plan) is null ? $"their plan '{enrollment.Plan}' is no longer loaded"
        : result == NudgeDelivery.RetryLater ? $"sending still failed after {nudge.Attempts} attempts"
        : $"no account with {enrollment.Email} can get messages from Wayfinder there (not found, deactivated, or Wayfinder is blocked)";

    private static string Steps(NudgeRecord nudge)
    {
        var quoted = string.Join(", ", nudge.StepIds.Select(s => $"'{s}'"));
        return nudge.Kind == "Reminder" ? $"reminder for step {quoted}" : nudge.StepIds.Count == 1 ? $"step {quoted}" : $"steps {quoted}";
    }

    private string Platforms()
    {
        var names = channels.Select(c => c.Name switch { "slack" => "Slack", "teams" => "Teams", var other => other }).ToList();
        return names.Count == 0 ? "chat" : string.Join(" or ", names);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Manager of enrolment {Enrollment} told that nudge {Nudge} failed: {Outcome}")]
    private static partial void LogTold(ILogger logger, string enrollment, string nudge, NudgeDelivery outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Nobody to tell that a nudge of enrolment {Enrollment} failed: no manager with an email in the catalog ({Manager})")]
    private static partial void LogNoManager(ILogger logger, string enrollment, string? manager);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the manager of enrolment {Enrollment} that nudge {Nudge} failed")]
    private static partial void LogNotTold(ILogger logger, string enrollment, string nudge, Exception exception);
}
