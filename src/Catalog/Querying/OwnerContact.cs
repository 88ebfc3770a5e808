using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Querying;

/// <summary>How to reach whoever owns an entity.</summary>
/// <param name="OwnerRef">The owner as declared (it may be missing from the catalog).</param>
/// <param name="Owner">The owner entity, or <c>null</c> when the ref dangles.</param>
/// <param name="Email">The owner's profile email.</param>
/// <param name="SlackChannel">Slack channel of the owner, or of its nearest parent group that has one.</param>
/// <param name="TeamsChannel">Teams channel of the owner, or of its nearest parent group that has one.</param>
/// <param name="ChannelFrom">The group whose annotation gave the channels, when not the owner itself.</param>
/// <param name="Members">Direct members when the owner is a group.</param>
public sealed record OwnerContact(
    EntityRef OwnerRef,
    Entity? Owner,
    string? Email,
    string? SlackChannel,
    string? TeamsChannel,
    EntityRef? ChannelFrom,
    IReadOnlyList<Entity> Members);
