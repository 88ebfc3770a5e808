namespace Wayfinder.Bench.Generation;

/// <summary>Names of the generated entities of one kind, overall and per system, so refs can prefer neighbours.</summary>
internal sealed class KindIndex
{
    private readonly Dictionary<string, List<string>> _bySystem = new(StringComparer.Ordinal);

    public List<string> All { get; } = [];

    public void Add(SystemInfo? system, string name)
    {
        All.Add(name);
        if (system is null)
        {
            return;
        }

        if (!_bySystem.TryGetValue(system.Name, out var list))
        {
            list = [];
            _bySystem.Add(system.Name, list);
        }

        list.Add(name);
    }

    /// <summary>The names in <paramref name="system"/>; empty when none or no system.</summary>
    public IReadOnlyList<string> In(SystemInfo? system) =>
        system is not null && _bySystem.TryGetValue(system.Name, out var list) ? list : [];
}
