using System.ComponentModel.DataAnnotations;

namespace Wayfinder.Bot.Conversations;

/// <summary>Where Wayfinder keeps what it must remember across restarts. Section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Storage";

    /// <summary>The SQLite database file, relative to the working directory. Default: <c>data/wayfinder.db</c>.</summary>
    [Required]
    public string SqlitePath { get; set; } = Path.Combine("data", "wayfinder.db");
}
