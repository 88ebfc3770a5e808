using Wayfinder.Catalog.Entities;

namespace Wayfinder.Skills.Answers;

/// <summary>How answers name entities: the way people know them, with the catalog name when that differs.</summary>
internal static class EntityNames
{
    /// <summary>Most entities a list in an answer shows before saying how many more there are.</summary>
    public const int ListLimit = 12;

    /// <summary>Title or display name, else the name: <c>Checkout &amp; Payments</c>.</summary>
    public static string Label(Entity entity) => entity.DisplayName;

    /// <summary>The label with the name when they differ: <c>Checkout &amp; Payments (checkout-payments)</c>; the namespace when not default.</summary>
    public static string Named(Entity entity)
    {
        var name = entity.Ref.Namespace == "default" ? entity.Metadata.Name : $"{entity.Metadata.Namespace}/{entity.Metadata.Name}";
        var label = Label(entity);
        return string.Equals(label, entity.Metadata.Name, StringComparison.OrdinalIgnoreCase) && entity.Ref.Namespace == "default"
            ? label
            : $"{label} ({name})";
    }

    /// <summary>What the entity is: <c>a Component (service, production)</c>, <c>a team</c>, <c>a user</c>.</summary>
    public static string KindPhrase(Entity entity)
    {
        var details = new[] { entity.Type, entity.Lifecycle }.Where(d => !string.IsNullOrWhiteSpace(d)).ToList();
        var kind = entity.Ref.Kind switch
        {
            KnownKinds.Group => entity.Type ?? "group",
            KnownKinds.User => "user",
            _ => details.Count > 0 ? $"{entity.Kind} ({string.Join(", ", details)})" : entity.Kind,
        };
        return $"{Article(kind)} {kind}";
    }

    /// <summary><c>a, b, c</c>, or <c>a, b, … and 4 more</c> past <see cref="ListLimit"/>.</summary>
    public static string List(IReadOnlyCollection<Entity> entities, int limit = ListLimit)
    {
        var shown = string.Join(", ", entities.Take(limit).Select(Named));
        return entities.Count > limit ? $"{shown} and {entities.Count - limit} more" : shown;
    }

    private static string Article(string word) => word.Length > 0 && "aeiouAEIOU".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";
}
