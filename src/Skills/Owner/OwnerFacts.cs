using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.GitHub;
using Wayfinder.Catalog.Querying;
using Wayfinder.Skills.Answers;

namespace Wayfinder.Skills.Owner;

/// <summary>Who owns an entity and how to reach them, written into an answer; shared by every skill that names the owner.</summary>
internal static class OwnerFacts
{
    private const int MembersShown = 8;

    /// <summary>
    /// Adds "owned by …" with contact details and facts; with <paramref name="withTeam"/> also the members and the parent
    /// group. Returns the contact, or <c>null</c> when the entity has no owner (the answer then says so).
    /// </summary>
    public static OwnerContact? Write(AnswerComposer answer, CatalogSnapshot snapshot, Entity entity, bool withTeam)
    {
        if (entity.Ref.Kind is KnownKinds.Group or KnownKinds.User)
        {
            // Teams and people own things rather than being owned: their own contact is what helps.
            var own = snapshot.ContactOf(entity.Ref);
            if (own is not null)
            {
                WriteContact(answer, snapshot, own);
            }

            return own;
        }

        var contact = snapshot.OwnerContactOf(entity.Ref);
        if (contact is null)
        {
            answer.Say($"{EntityNames.Named(entity)} has no owner in the catalog (add spec.owner to fix that).");
            return null;
        }

        answer.Name(contact.OwnerRef).Source(entity, entity.Spec["owner"]);
        WriteCodeOwners(answer, entity);
        if (contact.Owner is not { } owner)
        {
            answer.Say($"{EntityNames.Named(entity)} is owned by {contact.OwnerRef}, which is not in the catalog.")
                .Fact("Owner", contact.OwnerRef.ToString());
            return contact;
        }

        answer.Source(owner).Say($"{EntityNames.Named(entity)} is owned by {EntityNames.Named(owner)}{Kind(owner)}.")
            .Fact("Owner", EntityNames.Named(owner));
        WriteContact(answer, snapshot, contact);
        if (withTeam)
        {
            WriteTeam(answer, snapshot, contact, owner);
        }

        return contact;
    }

    /// <summary>
    /// "catalog: team-a; CODEOWNERS: @acme/team-b" when the entity's repository names other owners in CODEOWNERS than
    /// the catalog does (the GitHub source records them in <see cref="GitHubAnnotations.CodeOwners"/>).
    /// </summary>
    private static void WriteCodeOwners(AnswerComposer answer, Entity entity)
    {
        if (entity.Annotation(GitHubAnnotations.CodeOwners) is { } codeOwners)
        {
            answer.Say($"The repository disagrees: catalog: {entity.Spec.Text("owner")}; CODEOWNERS: {codeOwners}.")
                .Fact("CODEOWNERS", codeOwners);
        }
    }

    /// <summary>"Contact: email, Slack #x" and the matching facts.</summary>
    public static void WriteContact(AnswerComposer answer, CatalogSnapshot snapshot, OwnerContact contact)
    {
        var parts = new List<string>();
        if (contact.Email is { } email)
        {
            parts.Add(email);
            answer.Fact("Email", email);
        }

        var from = contact.ChannelFrom is { } groupRef && snapshot.Get(groupRef) is { } group ? $" (the channel of {EntityNames.Named(group)})" : string.Empty;
        if (contact.SlackChannel is { } slack)
        {
            parts.Add($"Slack {slack}{from}");
            answer.Fact("Slack", slack);
        }

        if (contact.TeamsChannel is { } teams)
        {
            parts.Add($"Teams {teams}{from}");
            answer.Fact("Teams", teams);
        }

        if (contact.ChannelFrom is { } channelRef && snapshot.Get(channelRef) is { } channelGroup)
        {
            answer.Source(channelGroup);
        }

        if (parts.Count > 0)
        {
            answer.Say($"Contact: {string.Join(", ", parts)}.");
        }
    }

    private static void WriteTeam(AnswerComposer answer, CatalogSnapshot snapshot, OwnerContact contact, Entity owner)
    {
        if (contact.Members.Count > 0)
        {
            foreach (var member in contact.Members.Take(MembersShown))
            {
                answer.Name(member);
            }

            answer.Say($"Members: {EntityNames.List(contact.Members, MembersShown)}.")
                .Fact("Members", contact.Members.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (snapshot.GroupAncestors(owner.Ref) is [var parent, ..])
        {
            answer.Name(parent).Say($"{EntityNames.Label(owner)} is part of {EntityNames.Named(parent)}.").Fact("Part of", EntityNames.Named(parent));
        }
    }

    private static string Kind(Entity owner) => owner.Ref.Kind == KnownKinds.Group ? $", {EntityNames.KindPhrase(owner)}" : string.Empty;
}
