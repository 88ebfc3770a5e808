using Wayfinder.Catalog.Entities;
using Wayfinder.Skills.Answers;

namespace Wayfinder.Skills.Understanding;

/// <summary>The kinds an intent is usually asked about, used only to break a tie between equally named entities.</summary>
internal static class ExpectedKinds
{
    private static readonly Dictionary<string, string[]> ByIntent = new(StringComparer.Ordinal)
    {
        [Intents.Members] = [KnownKinds.Group],
        [Intents.OwnedBy] = [KnownKinds.Group, KnownKinds.User],
        [Intents.Person] = [KnownKinds.User],
        [Intents.Parts] = [KnownKinds.System, KnownKinds.Domain],
        [Intents.Tools] = [KnownKinds.Resource],
        [Intents.Apis] = [KnownKinds.Component, KnownKinds.System],
    };

    public static IReadOnlyCollection<string> For(string intent) => ByIntent.GetValueOrDefault(intent) ?? [];
}
