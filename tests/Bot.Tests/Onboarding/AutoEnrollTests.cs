using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Wayfinder.Bot.Tests.Slack;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Onboarding;

/// <summary>
/// Automatic enrolment on the real bot (<c>Onboarding:AutoEnroll</c> on): Slack's <c>team_join</c>, signed, and the Teams
/// app installed for a person, against the fake Slack and the fake Bot Connector; enrolments read from the bot's store.
/// </summary>
public sealed class AutoEnrollTests(AutoEnrollBot fixture) : IClassFixture<AutoEnrollBot>
{
    private const string Domain = "@pantrypost.example.com";

    [Fact]
    public async Task TeamJoin_PersonInTheCatalog_EnrolledFromTodayInTheirSlackTimeZone()
    {
        fixture.Slack.Person($"grace.kim{Domain}", "U-GRACE", "America/Los_Angeles");

        using var response = await SendAsync(TeamJoin("Ev-grace", Member("U-GRACE", $"Grace.Kim{Domain}", "America/Los_Angeles")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var enrollment = await fixture.EnrollmentOfAsync($"grace.kim{Domain}");
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"));
        Assert.Equal("America/Los_Angeles", enrollment.GetProperty("timeZone").GetString());
        Assert.Equal("slack", enrollment.GetProperty("timeZoneSource").GetString());
        Assert.Equal(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), enrollment.GetProperty("startDate").GetString());
        Assert.Equal("default", enrollment.GetProperty("plan").GetString());
        Assert.NotEqual(0, enrollment.GetProperty("steps").GetArrayLength());
    }

    [Fact]
    public async Task TeamJoin_RetriedAndDeliveredTwice_EnrolledOnce()
    {
        var samuel = Member("U-SAMUEL", $"samuel.adeyemi{Domain}", "Europe/Berlin");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var request = SlackSigner.Json("/slack/event", TeamJoin("Ev-samuel", samuel));
            request.Headers.Add("X-Slack-Retry-Num", attempt.ToString(CultureInfo.InvariantCulture));
            using var retry = await fixture.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        }

        using var again = await SendAsync(TeamJoin("Ev-samuel-again", samuel));
        await ArrivalsDoneAsync("Ev-sentinel-samuel", $"wiremu.tane{Domain}");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(await StoredEnrollments.IdsAsync(fixture.Database, $"samuel.adeyemi{Domain}"));
    }

    [Fact]
    public async Task TeamJoin_BotsDeactivatedUnknownAndMalformed_NoneEnrolledAndLaterArrivalsStillAre()
    {
        var bot = Member("U-ELENA", $"elena.popescu{Domain}", "Europe/Bucharest");
        bot["is_bot"] = true;
        var deactivated = Member("U-CHLOE", $"chloe.dubois{Domain}", "Europe/Paris");
        deactivated["deleted"] = true;
        var noEmail = Member("U-NOMAIL", $"x{Domain}", "Europe/Paris");
        noEmail["profile"] = new JsonObject { ["real_name"] = "No Mail" };
        var badEmail = Member("U-BADMAIL", $"x{Domain}", "Europe/Paris");
        badEmail["profile"]!["email"] = 42;
        JsonNode?[] users = [bot, deactivated, noEmail, badEmail, Member("U-STRANGER", "nobody@example.com", "UTC"), "U-STRING", new JsonArray(), null];

        for (var i = 0; i < users.Length; i++)
        {
            using var response = await SendAsync(TeamJoin($"Ev-ignored-{i}", users[i]));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await ArrivalsDoneAsync("Ev-sentinel-ignored", $"emeka.nwosu{Domain}");

        Assert.Empty(await StoredEnrollments.IdsAsync(fixture.Database, $"elena.popescu{Domain}"));
        Assert.Empty(await StoredEnrollments.IdsAsync(fixture.Database, $"chloe.dubois{Domain}"));
        Assert.DoesNotContain("Enrolling a newcomer from slack failed", fixture.Bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallationUpdate_AddedForAPerson_EnrolledInTheTeamsTimeZoneWhenSlackDoesNotKnowThem()
    {
        fixture.Connector.Member("personal-ingrid", $"Ingrid.Halvorsen{Domain}");
        fixture.Slack.Stranger($"ingrid.halvorsen{Domain}");

        using var response = await PostActivityAsync(TeamsActivities.Installation("personal-ingrid", "personal", "add", fixture.Connector.ServiceUrl, "Europe/Oslo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var enrollment = await fixture.EnrollmentOfAsync($"ingrid.halvorsen{Domain}");
        Assert.Equal("Europe/Oslo", enrollment.GetProperty("timeZone").GetString());
        Assert.Equal("teams", enrollment.GetProperty("timeZoneSource").GetString());
    }

    [Fact]
    public async Task ConversationUpdate_BotAddedInAPersonalChat_EnrolledWithTheirSlackTimeZone()
    {
        fixture.Connector.Member("personal-carlos", $"carlos.mendoza{Domain}");
        fixture.Slack.Person($"carlos.mendoza{Domain}", "U-CARLOS", "America/Mexico_City");

        using var response = await PostActivityAsync(TeamsActivities.BotAdded("personal-carlos", "personal", fixture.Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var enrollment = await fixture.EnrollmentOfAsync($"carlos.mendoza{Domain}");
        Assert.Equal("America/Mexico_City", enrollment.GetProperty("timeZone").GetString());
        Assert.Equal("slack", enrollment.GetProperty("timeZoneSource").GetString());
    }

    [Fact]
    public async Task InstallationUpdate_InATeamOrAnUpgrade_NobodyEnrolled()
    {
        fixture.Connector.Member("team-priya", $"priya.raghunathan{Domain}");
        fixture.Connector.Member("personal-tomasz", $"tomasz.nowak{Domain}");
        fixture.Connector.Member("personal-sofia", $"sofia.marchetti{Domain}");

        using var team = await PostActivityAsync(TeamsActivities.Installation("team-priya", "channel", "add", fixture.Connector.ServiceUrl));
        using var upgrade = await PostActivityAsync(TeamsActivities.Installation("personal-tomasz", "personal", "add-upgrade", fixture.Connector.ServiceUrl));
        using var sentinel = await PostActivityAsync(TeamsActivities.Installation("personal-sofia", "personal", "add", fixture.Connector.ServiceUrl));
        await fixture.EnrollmentOfAsync($"sofia.marchetti{Domain}");

        Assert.Equal(HttpStatusCode.OK, team.StatusCode);
        Assert.Equal(HttpStatusCode.OK, upgrade.StatusCode);
        Assert.Empty(await StoredEnrollments.IdsAsync(fixture.Database, $"priya.raghunathan{Domain}"));
        Assert.Empty(await StoredEnrollments.IdsAsync(fixture.Database, $"tomasz.nowak{Domain}"));
    }

    /// <summary>Sends a team_join for a catalog person and waits until they are enrolled: arrivals queued before it are done.</summary>
    private async Task ArrivalsDoneAsync(string eventId, string email)
    {
        using var response = await SendAsync(TeamJoin(eventId, Member($"U-{eventId}", email, "UTC")));
        Assert.Single(await StoredEnrollments.WaitForAsync(fixture.Database, email, TimeSpan.FromSeconds(20)));
    }

    private async Task<HttpResponseMessage> SendAsync(string body)
    {
        using var request = SlackSigner.Json("/slack/event", body);
        return await fixture.Client.SendAsync(request);
    }

    private Task<HttpResponseMessage> PostActivityAsync(JsonObject activity) =>
        fixture.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), TeamsActivities.Content(activity));

    internal static JsonObject Member(string id, string email, string timeZone) => new()
    {
        ["id"] = id, ["team_id"] = "T0001", ["name"] = id.ToLowerInvariant(), ["deleted"] = false, ["real_name"] = id, ["tz"] = timeZone,
        ["tz_offset"] = 0, ["is_bot"] = false, ["is_app_user"] = false, ["profile"] = new JsonObject { ["email"] = email, ["real_name"] = id },
    };

    internal static string TeamJoin(string eventId, JsonNode? user)
    {
        var e = new JsonObject { ["type"] = "team_join", ["event_ts"] = "1700000400.000100" };
        if (user is not null)
        {
            e["user"] = user.DeepClone();
        }

        return SlackEventEndpointTests.Envelope(eventId, e);
    }
}
