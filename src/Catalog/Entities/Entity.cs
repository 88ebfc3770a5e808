using Wayfinder.Catalog.Descriptors;

namespace Wayfinder.Catalog.Entities;

/// <summary>
/// One catalog entity. Every kind shares this shape; kind-specific fields stay in <see cref="Spec"/>, read
/// through the typed helpers below (unknown kinds and unknown spec fields are kept as written).
/// </summary>
public sealed class Entity
{
    /// <summary>Canonical reference, <c>kind:namespace/name</c>.</summary>
    public required EntityRef Ref { get; init; }

    /// <summary>The kind as written, e.g. <c>Component</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The apiVersion as written.</summary>
    public required string ApiVersion { get; init; }

    /// <summary>The validated metadata block.</summary>
    public required EntityMetadata Metadata { get; init; }

    /// <summary>The spec as written (empty when absent); substitutions already applied.</summary>
    public required DescriptorMap Spec { get; init; }

    /// <summary>Where the document starts.</summary>
    public required SourcePosition Source { get; init; }

    /// <summary>True when the loader knows this kind; false for generic entities of other kinds.</summary>
    public bool IsKnownKind => KnownKinds.All.Contains(Ref.Kind);

    /// <summary>The title, or the name when there is none.</summary>
    public string DisplayName => Profile.DisplayName ?? Metadata.Title ?? Metadata.Name;

    /// <summary><c>spec.type</c>, e.g. <c>service</c>, <c>openapi</c>, <c>team</c>.</summary>
    public string? Type => Spec.Text("type");

    /// <summary><c>spec.lifecycle</c>, e.g. <c>production</c>.</summary>
    public string? Lifecycle => Spec.Text("lifecycle");

    /// <summary><c>spec.profile</c> of Users and Groups; empty for other kinds.</summary>
    public EntityProfile Profile => _profile ??= ReadProfile();

    /// <summary>Names from the <c>wayfinder.dev/aliases</c> annotation.</summary>
    public IReadOnlyList<string> Aliases => _aliases ??= ReadAliases();

    /// <summary>The annotation value, or <c>null</c>.</summary>
    public string? Annotation(string key) => Metadata.Annotations.GetValueOrDefault(key);

    /// <inheritdoc />
    public override string ToString() => Ref.ToString();

    private EntityProfile? _profile;
    private IReadOnlyList<string>? _aliases;

    private EntityProfile ReadProfile() =>
        Spec["profile"] is DescriptorMap profile
            ? new EntityProfile(profile.Text("displayName"), profile.Text("email"), profile.Text("picture"))
            : EntityProfile.Empty;

    private string[] ReadAliases() =>
        Annotation(WellKnownAnnotations.Aliases) is { } aliases
            ? aliases.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
}
