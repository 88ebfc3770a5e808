using System.Text.Json;

namespace Wayfinder.Bot.Slack.Outbound;

/// <summary>A Slack user as <c>users.info</c> / <c>users.lookupByEmail</c> (and the <c>team_join</c> event) describe them.</summary>
public sealed record SlackUser(string Id, string? Email, string? RealName, string? TimeZone, bool IsBot, bool Deleted)
{
    /// <summary>Reads Slack's user object; fields missing or of the wrong type count as absent. The email is trimmed and lower-cased.</summary>
    internal static SlackUser Read(JsonElement user)
    {
        var profile = Field(user, "profile", JsonValueKind.Object) ?? default;
        var email = Field(profile, "email", JsonValueKind.String)?.GetString()?.Trim().ToLowerInvariant();
        return new SlackUser(
            Field(user, "id", JsonValueKind.String)?.GetString() ?? "",
            string.IsNullOrEmpty(email) ? null : email,
            Field(user, "real_name", JsonValueKind.String)?.GetString(),
            Field(user, "tz", JsonValueKind.String)?.GetString(),
            Field(user, "is_bot", JsonValueKind.True) is not null,
            Field(user, "deleted", JsonValueKind.True) is not null);
    }

    private static JsonElement? Field(JsonElement element, string name, JsonValueKind kind) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == kind ? value : null;
}
