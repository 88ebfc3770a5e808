using Microsoft.Bot.Schema;

namespace Wayfinder.Bot.Teams;

/// <summary>
/// Removes the bot's own @mention from a message and turns other mentions into the plain name ("which team is
/// &lt;at&gt;Jane Doe&lt;/at&gt; on" asks about Jane). Written here because the SDK's <c>RemoveRecipientMention</c> throws
/// on a mention entity without <c>mentioned</c>, and a malformed message must not fail the turn.
/// </summary>
internal static class TeamsMentions
{
    public static string Strip(IMessageActivity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var (id, mentionText, name) = entity is Mention typed
                ? (typed.Mentioned?.Id, typed.Text, typed.Mentioned?.Name)
                : (entity.Properties?["mentioned"]?["id"]?.ToString(), entity.Properties?["text"]?.ToString(), entity.Properties?["mentioned"]?["name"]?.ToString());
            if (!string.IsNullOrEmpty(mentionText))
            {
                text = text.Replace(mentionText, id == activity.Recipient?.Id ? " " : name ?? " ", StringComparison.Ordinal);
            }
        }

        return System.Net.WebUtility.HtmlDecode(text).Trim();
    }
}
