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

    /// <summary>Descriptor path in each repository, read from its default branch. Default: <c>catalog-info.yaml</c>.</summary>
    [Required]
    public string DescriptorPath { get; set; } = "catalog-info.yaml";

    /// <summary>Read archived repositories too. Default: <c>false</c>.</summary>
    public bool IncludeArchived { get; set; }

    /// <summary>Read forks too. Default: <c>false</c>.</summary>
    public bool IncludeForks { get; set; }

    /// <summary>Repositories read at the same time. Default: 4.</summary>
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

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!ApiBaseUrl.IsAbsoluteUri || ApiBaseUrl.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult("GitHub:ApiBaseUrl must be an absolute http(s) URL", [nameof(ApiBaseUrl)]);
        }

        if (Organizations.Any(string.IsNullOrWhiteSpace))
        {
            yield return new ValidationResult("GitHub:Organizations must not contain empty names", [nameof(Organizations)]);
        }

        if (DescriptorPath.StartsWith('/') || DescriptorPath.Contains(".."))
        {
            yield return new ValidationResult("GitHub:DescriptorPath must be a path inside the repository, e.g. catalog-info.yaml", [nameof(DescriptorPath)]);
        }
    }
}
