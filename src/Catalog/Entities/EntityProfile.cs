namespace Wayfinder.Catalog.Entities;

/// <summary><c>spec.profile</c> of a User or Group. Every field is optional.</summary>
public sealed record EntityProfile(string? DisplayName, string? Email, string? Picture)
{
    /// <summary>A profile with nothing in it.</summary>
    public static EntityProfile Empty { get; } = new(null, null, null);
}
