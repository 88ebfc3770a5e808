using System.Globalization;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;
using Wayfinder.Skills.Answers;

namespace Wayfinder.Skills.OnCall;

/// <summary>
/// Writes what a provider said about who is on call now: the people, "as of" when and from where; or, when the
/// provider could not say, that plainly and where to go instead (the owner's channel from the catalog).
/// </summary>
internal static class LiveOnCallFacts
{
    public static void Write(AnswerComposer answer, CatalogSnapshot snapshot, Entity entity, RosterLookup lookup)
    {
        var provider = lookup.Route.ProviderName;
        if (lookup.Outcome != RosterOutcome.Found)
        {
            answer.Say(lookup.Outcome == RosterOutcome.NotConfigured
                ? $"Live on-call from {provider} isn't configured{Fallback(snapshot, entity)}"
                : $"{provider} {lookup.Reason ?? "didn't answer"}{Fallback(snapshot, entity)}");
            return;
        }

        var asOf = lookup.AsOf is { } at ? $"as of {at.ToUniversalTime().ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture)}, " : string.Empty;
        var from = lookup.SourceName is { } name ? $"{provider} {name}" : provider;
        if (lookup.People.Count == 0)
        {
            answer.Say($"Nobody is on call for {EntityNames.Named(entity)} right now ({asOf}from {from}).");
        }
        else
        {
            answer.Say($"On call for {EntityNames.Named(entity)} now: {string.Join("; ", lookup.People.Select(Person))} ({asOf}from {from}).")
                .Fact("On call now", string.Join(", ", lookup.People.Select(p => p.Name)));
        }

        if (lookup.SourceUrl is { } url)
        {
            answer.Link(from, url, provider.ToLowerInvariant());
        }
    }

    private static string Person(OnCallPerson person)
    {
        var details = new List<string>();
        if (person.Email is { } email && !string.Equals(email, person.Name, StringComparison.OrdinalIgnoreCase))
        {
            details.Add(email);
        }

        if (person.Schedule is { } schedule)
        {
            details.Add($"schedule {schedule}");
        }

        if (person.Until is { } until)
        {
            details.Add($"until {Time(until)}");
        }

        return details.Count == 0 ? person.Name : $"{person.Name} ({string.Join(", ", details)})";
    }

    /// <summary>"; the owner's channel is #team-payments." or, when the catalog has no channel, the owner's email.</summary>
    private static string Fallback(CatalogSnapshot snapshot, Entity entity)
    {
        var contact = snapshot.OwnerContactOf(entity.Ref);
        return (contact?.SlackChannel ?? contact?.TeamsChannel) is { } channel ? $"; the owner's channel is {channel}."
            : contact?.Email is { } email ? $"; the owner's email is {email}."
            : ".";
    }

    private static string Time(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("MMM d HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
