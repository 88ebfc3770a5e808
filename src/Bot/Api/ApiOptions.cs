using System.ComponentModel.DataAnnotations;

namespace Wayfinder.Bot.Api;

/// <summary>HTTP API settings. Section <c>Api</c>.</summary>
public sealed class ApiOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Api";

    /// <summary>Most hits one search may ask for. Default: 50.</summary>
    [Range(1, 1000)]
    public int MaxSearchResults { get; set; } = 50;

    /// <summary>Longest query accepted, in characters. Default: 500.</summary>
    [Range(1, 100_000)]
    public int MaxQueryLength { get; set; } = 500;

    /// <summary>Longest question <c>/api/ask</c> accepts, in characters. Default: 2000.</summary>
    [Range(1, 100_000)]
    public int MaxQuestionLength { get; set; } = 2000;
}
