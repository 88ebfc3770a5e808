namespace Wayfinder.Catalog.Entities;

/// <summary>One entry of <c>metadata.links</c>.</summary>
/// <param name="Url">The target, stored verbatim.</param>
/// <param name="Title">Display text, if any.</param>
/// <param name="Icon">Icon key such as <c>dashboard</c>, <c>help</c>, <c>github</c>.</param>
/// <param name="Type">Free-text type such as <c>runbook</c>, <c>docs</c>, <c>dashboard</c>.</param>
public sealed record EntityLink(string Url, string? Title, string? Icon, string? Type)
{
    /// <summary>True when the link is a runbook: <c>type: runbook</c>, or a title or icon that says so.</summary>
    public bool IsRunbook => Is("runbook");

    /// <summary>True when the link is documentation: <c>type: docs</c>, or a title or icon that says so.</summary>
    public bool IsDocs => Is("docs") || Is("documentation");

    /// <summary>True when the link is a dashboard: <c>type: dashboard</c>, or a title or icon that says so.</summary>
    public bool IsDashboard => Is("dashboard");

    private bool Is(string word) =>
        string.Equals(Type, word, StringComparison.OrdinalIgnoreCase)
        || (Type is null && (Title?.Contains(word, StringComparison.OrdinalIgnoreCase) == true
                             || string.Equals(Icon, word, StringComparison.OrdinalIgnoreCase)));
}
