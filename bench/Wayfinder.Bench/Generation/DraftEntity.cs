namespace Wayfinder.Bench.Generation;

/// <summary>A generated entity before it is written as YAML; spec entries keep the order they were added in.</summary>
internal sealed class DraftEntity(string kind, string name)
{
    /// <summary>The kind as written, e.g. <c>Component</c>.</summary>
    public string Kind { get; } = kind;

    /// <summary><c>metadata.name</c>, unique per kind (case-insensitively).</summary>
    public string Name { get; } = name;

    /// <summary>The full ref, <c>kind:default/name</c>, in lower case.</summary>
    public string Ref => $"{Kind.ToLowerInvariant()}:default/{Name.ToLowerInvariant()}";

    public string? Title { get; set; }

    public string? Description { get; set; }

    public List<KeyValuePair<string, string>> Annotations { get; } = [];

    public List<string> Tags { get; } = [];

    public List<DraftLink> Links { get; } = [];

    public List<KeyValuePair<string, SpecValue>> Spec { get; } = [];

    public void Annotate(string key, string value) => Annotations.Add(new(key, value));

    public void SetSpec(string key, string value) => Spec.Add(new(key, new SpecValue.Text(value)));

    public void SetSpec(string key, IReadOnlyList<string> values) => Spec.Add(new(key, new SpecValue.Items(values)));

    public void SetSpec(string key, SpecValue value) => Spec.Add(new(key, value));
}
