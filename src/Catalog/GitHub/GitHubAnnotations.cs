namespace Wayfinder.Catalog.GitHub;

/// <summary>Annotations set on entities read from GitHub.</summary>
public static class GitHubAnnotations
{
    /// <summary>GitHub's "edit this file" page for the entity's descriptor (Backstage's own key).</summary>
    public const string EditUrl = "backstage.io/edit-url";

    /// <summary>The descriptor at the commit it was read from (Backstage's own key).</summary>
    public const string ViewUrl = "backstage.io/view-url";

    /// <summary>The commit SHA the entity was read from.</summary>
    public const string SourceCommit = "wayfinder.dev/source-commit";

    /// <summary>
    /// The repository's CODEOWNERS root owners (<c>@acme/team-b</c>, space-separated) when they disagree with
    /// <c>spec.owner</c>; absent when they agree or there is no CODEOWNERS rule.
    /// </summary>
    public const string CodeOwners = "wayfinder.dev/codeowners";
}
