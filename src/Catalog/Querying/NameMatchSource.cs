namespace Wayfinder.Catalog.Querying;

/// <summary>Which part of an entity a name lookup matched.</summary>
public enum NameMatchSource
{
    /// <summary><c>metadata.name</c>.</summary>
    Name,

    /// <summary><c>metadata.title</c>.</summary>
    Title,

    /// <summary>The <c>wayfinder.dev/aliases</c> annotation.</summary>
    Alias,

    /// <summary><c>spec.profile.displayName</c> of a User or Group.</summary>
    DisplayName,

    /// <summary><c>spec.profile.email</c> of a User or Group.</summary>
    Email,
}
