using System.Text;
using System.Text.Json.Nodes;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>Activities as the Bot Connector posts them to <c>/api/messages</c>.</summary>
internal static class TeamsActivities
{
    public static JsonObject Personal(string id, string conversation, string text, string serviceUrl) => Message(id, conversation, "personal", text, serviceUrl);

    public static JsonObject Message(string id, string conversation, string conversationType, string text, string serviceUrl) => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["timestamp"] = "2026-11-24T10:00:00.000Z",
        ["from"] = new JsonObject { ["id"] = "29:user", ["name"] = "Breanna Davison", ["aadObjectId"] = "aad-breanna" },
        ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = conversationType, ["tenantId"] = "tenant-1" },
        ["recipient"] = new JsonObject { ["id"] = "28:wayfinder", ["name"] = "Wayfinder" },
        ["text"] = text,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };

    /// <summary>
    /// <c>installationUpdate</c> (the app installed or removed) in <paramref name="conversation"/>, from a person of their own
    /// (<c>29:{conversation}</c>), with the Teams client's time zone when given.
    /// </summary>
    public static JsonObject Installation(string conversation, string conversationType, string action, string serviceUrl, string? timeZone = null)
    {
        var activity = Arrival($"install-{conversation}", conversation, conversationType, serviceUrl);
        activity["type"] = "installationUpdate";
        activity["action"] = action;
        if (timeZone is not null)
        {
            activity["localTimezone"] = timeZone;
        }

        return activity;
    }

    /// <summary><c>conversationUpdate</c>: the bot added to <paramref name="conversation"/> by a person of their own.</summary>
    public static JsonObject BotAdded(string conversation, string conversationType, string serviceUrl)
    {
        var activity = Arrival($"added-{conversation}", conversation, conversationType, serviceUrl);
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JsonArray { new JsonObject { ["id"] = "28:wayfinder", ["name"] = "Wayfinder" } };
        return activity;
    }

    /// <summary>A channel message that @mentions the bot, with the mention entity Teams adds.</summary>
    public static JsonObject ChannelMention(string id, string conversation, string question, string serviceUrl)
    {
        var activity = Message(id, conversation, "channel", $"<at>Wayfinder</at> {question}", serviceUrl);
        activity["entities"] = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "mention", ["text"] = "<at>Wayfinder</at>",
                ["mentioned"] = new JsonObject { ["id"] = "28:wayfinder", ["name"] = "Wayfinder" },
            },
        };
        return activity;
    }

    private static JsonObject Arrival(string id, string conversation, string conversationType, string serviceUrl)
    {
        var activity = Message(id, conversation, conversationType, "", serviceUrl);
        activity.Remove("text");
        activity["from"] = new JsonObject { ["id"] = $"29:{conversation}", ["aadObjectId"] = $"aad-{conversation}" };
        return activity;
    }

    public static StringContent Content(JsonObject activity) => new(activity.ToJsonString(), Encoding.UTF8, "application/json");
}
