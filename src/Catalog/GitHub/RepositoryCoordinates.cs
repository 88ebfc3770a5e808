namespace Wayfinder.Catalog.GitHub;

/// <summary>One repository at one commit of its default branch, and how its files are named and linked.</summary>
/// <param name="Owner">The organisation (or user) login.</param>
/// <param name="Name">The repository name.</param>
/// <param name="Branch">The default branch.</param>
/// <param name="Commit">The commit SHA the branch pointed at when it was read.</param>
/// <param name="HtmlUrl">The repository's web address, e.g. <c>https://github.com/acme/payments</c>.</param>
internal sealed record RepositoryCoordinates(string Owner, string Name, string Branch, string Commit, string HtmlUrl)
{
    /// <summary><c>owner/name</c>.</summary>
    public string Slug => $"{Owner}/{Name}";

    /// <summary>A file as shown to people and in problems: <c>github.com/acme/payments/catalog-info.yaml</c>.</summary>
    public string Display(string path) => $"{Host}/{Slug}/{path}";

    /// <summary>The repository itself as shown to people: <c>github.com/acme/payments</c>.</summary>
    public string Display() => $"{Host}/{Slug}";

    /// <summary>GitHub's "edit this file" page on the default branch.</summary>
    public string EditUrl(string path) => $"{HtmlUrl}/edit/{Branch}/{path}";

    /// <summary>The file at the commit it was read from.</summary>
    public string ViewUrl(string path) => $"{HtmlUrl}/blob/{Commit}/{path}";

    private string Host => Uri.TryCreate(HtmlUrl, UriKind.Absolute, out var uri) ? uri.Authority : "github";
}
