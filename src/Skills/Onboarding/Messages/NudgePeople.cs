using Wayfinder.Catalog.Entities;

namespace Wayfinder.Skills.Onboarding.Messages;

/// <summary>The people a nudge is about: the new hire, and their buddy and manager when given.</summary>
public sealed record NudgePeople(Entity Person, Entity? Buddy, Entity? Manager, DateOnly Start);
