using System.ComponentModel.DataAnnotations;

namespace Wayfinder.Catalog.GitHub;

/// <summary>
/// Discovery of catalog entities in GitHub organisations. Section <c>GitHub</c>. Off while no organisation is configured.
/// </summary>
public sealed class GitHubOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "GitHub";

    /// <summary>Organisations whose repositories are read. Default: none (GitHub discovery is off).</summary>
    public List<string> Organizations { get; set; } = [];

    /// <summary>Token sent to the API; a secret (environment or user-secrets only), never logged. Default: none (anonymous).</summary>
    public string? Token { get; set; }

    /// <summary>The REST API root; for GitHub Enterprise Server, <c>https://host/api/v3/</c>. Default: <c>https://api.github.com/</c>.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://api.github.com/");

    /// <summary>
    /// The GraphQL endpoint, through which repositories' files are read in batches. Default: none, meaning the one
    /// that goes with <see cref="ApiBaseUrl"/> (<c>https://api.github.com/graphql</c>, or <c>https://host/api/graphql</c>
    /// for GitHub Enterprise Server).
    /// </summary>
    public Uri? GraphQLUrl { get; set; }

    /// <summary>Descriptor path in each repository, read from its default branch. Default: <c>catalog-info.yaml</c>.</summary>
    [Required]
    public string DescriptorPath { get; set; } = "catalog-info.yaml";

    /// <summary>The README read from each repository's root and indexed as a page; empty for none. Default: <c>README.md</c>.</summary>
    public string ReadmePath { get; set; } = "README.md";

    /// <summary>The folder whose <c>*.md</c> files (top level) are indexed as pages; empty for none. Default: <c>docs</c>.</summary>
    public string DocsPath { get; set; } = "docs";

    /// <summary>Repositories whose files are read in one GraphQL request. Default: 25 (GitHub allows 100; big docs folders make big answers).</summary>
    [Range(1, 100)]
    public int BatchSize { get; set; } = 25;

    /// <summary>Read archived repositories too. Default: <c>false</c>.</summary>
    public bool IncludeArchived { get; set; }

    /// <summary>Read forks too. Default: <c>false</c>.</summary>
    public bool IncludeForks { get; set; }

    /// <summary>Requests (repository batches, files named by Locations) sent at the same time. Default: 4.</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Longest wait for a rate limit to lift (<c>Retry-After</c>, <c>X-RateLimit-Reset</c>); longer ones fail the load. Default: 1 minute.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Times one request is retried after waiting out a rate limit. Default: 3.</summary>
    [Range(0, 10)]
    public int MaxRateLimitRetries { get; set; } = 3;

    /// <summary>True when at least one organisation is configured.</summary>
    public bool Enabled => Organizations.Count > 0;

    /// <summary><see cref="GraphQLUrl"/>, or the endpoint that goes with <see cref="ApiBaseUrl"/>.</summary>
    public Uri EffectiveGraphQLUrl => GraphQLUrl ?? (ApiBaseUrl.AbsolutePath.TrimEnd('/').EndsWith("/api/v3", StringComparison.OrdinalIgnoreCase)
        ? new Uri(ApiBaseUrl, ApiBaseUrl.AbsolutePath.TrimEnd('/')[..^"v3".Length] + "graphql")
        : new Uri(ApiBaseUrl, "graphql"));

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!ApiBaseUrl.IsAbsoluteUri || ApiBaseUrl.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult("GitHub:ApiBaseUrl must be an absolute http(s) URL", [nameof(ApiBaseUrl)]);
        }

        if (GraphQLUrl is { } graphQl && (!graphQl.IsAbsoluteUri || graphQl.Scheme is not ("https" or "http")))
        {
            yield return new ValidationResult("GitHub:GraphQLUrl must be an absolute http(s) URL", [nameof(GraphQLUrl)]);
        }

        if (Enabled && string.IsNullOrWhiteSpace(Token))
        {
            yield return new ValidationResult(
                "GitHub:Token is required when GitHub:Organizations is set: repositories are read through GitHub's GraphQL API, which answers no anonymous requests",
                [nameof(Token)]);
        }

        if (Organizations.Any(string.IsNullOrWhiteSpace))
        {
            yield return new ValidationResult("GitHub:Organizations must not contain empty names", [nameof(Organizations)]);
        }

        foreach (var (name, path, example) in new[] { (nameof(DescriptorPath), DescriptorPath, "catalog-info.yaml"), (nameof(ReadmePath), ReadmePath, "README.md"), (nameof(DocsPath), DocsPath, "docs") })
        {
            if (path.StartsWith('/') || path.Contains("..", StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal))
            {
                yield return new ValidationResult($"GitHub:{name} must be a path inside the repository, e.g. {example}", [name]);
            }
        }
    }
}
