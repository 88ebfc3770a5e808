using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Wayfinder.Bot.Conversations;
using Wayfinder.Bot.Onboarding.Enrollments;
using Wayfinder.Bot.Onboarding.Plans;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bot.Onboarding.Chat;

/// <summary>
/// Onboarding from chat, on Slack and Teams alike: enrol someone (members of <see cref="OnboardingOptions.EnrollersGroup"/>
/// only; the enroller is recorded as the manager), see your own checklist, or someone's (their manager and enrollers).
/// Returns <c>null</c> for anything that is not an onboarding command.
/// </summary>
internal sealed partial class OnboardingChat(
    EnrollmentService enrollments, EnrollmentStore store, OnboardingPlans plans, ICatalog catalog, IOptions<OnboardingOptions> options)
    : IChatCommands
{
    public async Task<string?> TryAnswerAsync(string text, ChatAsker asker, CancellationToken cancellationToken)
    {
        if (OnboardingCommandParser.Parse(text) is not { } command)
        {
            return null;
        }

        var snapshot = catalog.Snapshot;
        var me = asker.Email is { } email ? EnrollmentPeople.FindUser(snapshot, email) : null;
        return command.Kind switch
        {
            OnboardingCommandKind.Mine => me is null ? "I don't know who you are in the catalog, so I can't find your onboarding." : await ChecklistAsync(me, cancellationToken).ConfigureAwait(false),
            OnboardingCommandKind.Status => await StatusAsync(command, asker, me, snapshot, cancellationToken).ConfigureAwait(false),
            _ => await EnrollAsync(command, asker, me, snapshot, cancellationToken).ConfigureAwait(false),
        };
    }

    private async Task<string> EnrollAsync(OnboardingCommand command, ChatAsker asker, Entity? me, CatalogSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (!IsEnroller(snapshot, me))
        {
            return options.Value.EnrollersGroup is { } group
                ? $"Sorry, only members of {group} can start someone's onboarding. Ask one of them to do it."
                : "Sorry, starting onboarding from chat is not switched on here (Onboarding:EnrollersGroup is not set).";
        }

        var person = await PersonAsync(command.Person!, asker, snapshot, cancellationToken).ConfigureAwait(false);
        var buddy = command.Buddy is null ? null : await PersonAsync(command.Buddy, asker, snapshot, cancellationToken).ConfigureAwait(false);
        if (person is null || (command.Buddy is not null && buddy is null))
        {
            return $"I can't find {(person is null ? command.Person : command.Buddy)} in the catalog.";
        }

        var outcome = await enrollments.EnrollAsync(
            new EnrollmentRequest(person.Profile.Email, command.StartDate, command.Plan, null, me!.Profile.Email, buddy?.Profile.Email), cancellationToken).ConfigureAwait(false);
        return outcome.Enrollment is not { } view
            ? $"I couldn't enrol {person.DisplayName}: {outcome.ProblemDetail}"
            : $"{(outcome.Created ? "Enrolled" : "Already enrolled:")} {person.DisplayName} in the '{view.Plan}' plan from {view.StartDate}: {view.Steps.Count} message(s){First(view)}.";
    }

    private static string First(EnrollmentView view) =>
        view.Steps is [var first, ..] ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $", the first due {first.DueUtc:ddd d MMM HH:mm} UTC") : string.Empty;

    private async Task<string> StatusAsync(OnboardingCommand command, ChatAsker asker, Entity? me, CatalogSnapshot snapshot, CancellationToken cancellationToken)
    {
        var person = await PersonAsync(command.Person!, asker, snapshot, cancellationToken).ConfigureAwait(false);
        if (person?.Profile.Email is not { } email || await store.FindActiveAsync(email.ToLowerInvariant(), cancellationToken).ConfigureAwait(false) is not { } enrollment)
        {
            return $"{command.Person} has no onboarding in progress.";
        }

        return me is not null && (enrollment.Manager == me.Ref.ToString() || IsEnroller(snapshot, me))
            ? await ChecklistAsync(person, cancellationToken).ConfigureAwait(false)
            : "Sorry, only their manager and the people who start onboarding can see someone's progress.";
    }

    private async Task<string> ChecklistAsync(Entity person, CancellationToken cancellationToken)
    {
        if (person.Profile.Email is not { } email || await store.FindActiveAsync(email.ToLowerInvariant(), cancellationToken).ConfigureAwait(false) is not { } enrollment
            || plans.Current.Find(enrollment.Plan) is not { } plan)
        {
            return $"{person.DisplayName} has no onboarding in progress.";
        }

        var nudges = await store.NudgesAsync(enrollment.Id, cancellationToken).ConfigureAwait(false);
        var steps = await store.StepsAsync(enrollment.Id, cancellationToken).ConfigureAwait(false);
        return OnboardingChecklist.Render(person.DisplayName, plan, enrollment, nudges, steps);
    }

    /// <summary>A person by platform mention, email, user name or display name.</summary>
    private static async Task<Entity?> PersonAsync(string who, ChatAsker asker, CatalogSnapshot snapshot, CancellationToken cancellationToken)
    {
        var text = who.Trim().TrimStart('@');
        if (SlackMention().Match(text) is { Success: true } mention)
        {
            text = await asker.EmailOfMention(mention.Groups["id"].Value, cancellationToken).ConfigureAwait(false) ?? text;
        }

        return EnrollmentPeople.FindUser(snapshot, text);
    }

    private bool IsEnroller(CatalogSnapshot snapshot, Entity? me) =>
        me is not null && options.Value.EnrollersGroup is { } name && snapshot.FindByName(name, KnownKinds.Group) is [var group]
        && EnrollmentPeople.GroupsOf(snapshot, me).Contains(group.Ref);

    [GeneratedRegex(@"^<@(?<id>[UW][A-Z0-9]+)(?:\|[^>]*)?>$", RegexOptions.CultureInvariant)]
    private static partial Regex SlackMention();
}
