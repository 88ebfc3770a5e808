using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Onboarding;

/// <summary>
/// <c>/api/onboarding/enrollments</c> on the real bot: enrol, the schedule, delivery over Slack, Done, cancel, refusals; and
/// no automatic enrolment when <c>Onboarding:AutoEnroll</c> is off (the default).
/// </summary>
public sealed class OnboardingEndpointTests(OnboardingBot fixture) : IClassFixture<OnboardingBot>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Enroll_StartedDaysAgo_CatchUpDeliveredToTheDmWithCatalogFacts()
    {
        var start = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var response = await fixture.Client.PostAsJsonAsync(new Uri("/api/onboarding/enrollments", UriKind.Relative),
            new { email = "diego.alvarez@pantrypost.example.com", startDate = start, buddy = "oliver.brennan" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var enrollment = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("checkout-payments", enrollment.GetProperty("plan").GetString());
        var catchUp = enrollment.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "CatchUp");
        Assert.True(catchUp.GetProperty("steps").GetArrayLength() >= 2);

        var id = enrollment.GetProperty("id").GetString()!;
        var posted = Assert.Single(await fixture.Slack.WaitForAsync("chat.postMessage", c => c.Channel == "D0001" && c.Body.ToJsonString().Contains(id, StringComparison.Ordinal), 1, Wait));
        Assert.Contains("Catching up", posted.Text, StringComparison.Ordinal);
        Assert.Contains("#team-payments", posted.Text, StringComparison.Ordinal);
        Assert.Contains(fixture.Slack.Calls("users.lookupByEmail"), c => true);
        Assert.Equal("Sent", await StatusAsync(id, "catch-up"));
    }

    [Fact]
    public async Task Enroll_Triggers_InQuartzStoreWithTheHolidayCalendar()
    {
        var id = await EnrollAsync("oliver.brennan@pantrypost.example.com", DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(fixture.DataFolder, "scheduler.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT CALENDAR_NAME FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME LIKE $id";
        command.Parameters.AddWithValue("$id", id + "/%");
        var calendars = new List<string>();
        using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                calendars.Add(reader.GetString(0));
            }
        }

        Assert.NotEmpty(calendars);
        Assert.All(calendars, c => Assert.Equal("onboarding-holidays", c));
    }

    [Fact]
    public async Task Enroll_SamePersonTwice_SameEnrollment()
    {
        var first = await EnrollAsync("fatima.elamrani@pantrypost.example.com", Today);
        using var again = await fixture.Client.PostAsJsonAsync(new Uri("/api/onboarding/enrollments", UriKind.Relative),
            new { email = "FATIMA.ELAMRANI@pantrypost.example.com", startDate = Today });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("nobody@example.com", "2026-12-07", null, null, "Unknown person")]
    [InlineData("oliver.brennan@pantrypost.example.com", "07/12/2026", null, null, "Bad date")]
    [InlineData("oliver.brennan@pantrypost.example.com", "2031-01-01", null, null, "Bad date")]
    [InlineData("oliver.brennan@pantrypost.example.com", null, "no-such-plan", null, "Unknown plan")]
    [InlineData("oliver.brennan@pantrypost.example.com", null, null, "Mars/Olympus_Mons", "Unknown time zone")]
    public async Task Enroll_BadRequest_400ProblemDetails(string email, string? start, string? plan, string? zone, string title)
    {
        using var response = await fixture.Client.PostAsJsonAsync(new Uri("/api/onboarding/enrollments", UriKind.Relative),
            new { email, startDate = start ?? Today, plan, timeZone = zone });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(title, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Cancel_Enrollment_CancelledThenNotFound()
    {
        var id = await EnrollAsync("yuki.sato@pantrypost.example.com", DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        using var cancelled = await fixture.Client.DeleteAsync(new Uri($"/api/onboarding/enrollments/{id}", UriKind.Relative));
        using var again = await fixture.Client.DeleteAsync(new Uri($"/api/onboarding/enrollments/{id}", UriKind.Relative));
        var view = await fixture.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/onboarding/enrollments/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.True(view.GetProperty("cancelled").GetBoolean());
        Assert.All(view.GetProperty("steps").EnumerateArray(), s => Assert.Equal("Skipped", s.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task DoneButton_Clicked_StepDoneAndMessageUpdated()
    {
        var start = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var id = await EnrollAsync("arjun.mehta@pantrypost.example.com", start);
        var posted = (await fixture.Slack.WaitForAsync("chat.postMessage", c => c.Body.ToJsonString().Contains(id, StringComparison.Ordinal), 1, Wait)).Single();
        var done = posted.Body["blocks"]!.AsArray().Single(b => b!["type"]!.GetValue<string>() == "actions")!["elements"]!.AsArray()
            .Single(e => e!["action_id"]!.GetValue<string>() == "wayfinder.done")!;
        var payload = new JsonObject
        {
            ["type"] = "block_actions", ["user"] = new JsonObject { ["id"] = "U-NEWHIRE" },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700000009.000100", ["channel_id"] = "D0001", ["is_ephemeral"] = false },
            ["message"] = new JsonObject { ["ts"] = "1700000009.000100", ["blocks"] = posted.Body["blocks"]!.DeepClone() },
            ["actions"] = new JsonArray { new JsonObject { ["type"] = "button", ["action_id"] = "wayfinder.done", ["value"] = done["value"]!.GetValue<string>() } },
        }.ToJsonString();

        using var click = SlackSigner.Form("/slack/action", [new("payload", payload)]);
        using var response = await fixture.Client.SendAsync(click);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var update = Assert.Single(await fixture.Slack.WaitForAsync("chat.update", c => c.Body["ts"]?.GetValue<string>() == "1700000009.000100", 1, Wait));
        Assert.DoesNotContain(update.Body["blocks"]!.AsArray(), b => b!["type"]!.GetValue<string>() == "actions");
        var ticked = JsonNode.Parse(done["value"]!.GetValue<string>())!["steps"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
        var view = await fixture.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/onboarding/enrollments/{id}", UriKind.Relative));
        Assert.NotEmpty(ticked);
        Assert.Equal(ticked.Order(), view.GetProperty("doneSteps").EnumerateArray().Select(s => s.GetString()!).Order());
    }

    [Fact]
    public async Task Nudge_SlackFailsTwice_RetriedUnderTheTriggersPolicyAndSentOnce()
    {
        fixture.Slack.FailPostsContaining("Zara", 2, "internal_error");
        var id = await EnrollAsync("zara.hussain@pantrypost.example.com", DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        Assert.Equal("Sent", await StatusAsync(id, "catch-up"));
        var posts = fixture.Slack.Calls("chat.postMessage").Where(c => c.Body.ToJsonString().Contains(id, StringComparison.Ordinal)).ToList();
        Assert.Equal(3, posts.Count);
    }

    [Fact]
    public async Task Nudge_SlackFailsEveryTime_FailedAfterTheRetries()
    {
        fixture.Slack.FailPostsContaining("Kwame", 10, "internal_error");
        var id = await EnrollAsync("kwame.mensah@pantrypost.example.com", DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        Assert.Equal("Failed", await StatusAsync(id, "catch-up", "Failed"));
        var posts = fixture.Slack.Calls("chat.postMessage").Where(c => c.Body.ToJsonString().Contains(id, StringComparison.Ordinal)).ToList();
        Assert.Equal(3, posts.Count); // the first try and two retries (Onboarding:SendRetries = 2 in these tests)
    }

    [Fact]
    public async Task TeamJoin_AutoEnrollOff_NotEnrolled()
    {
        var member = AutoEnrollTests.Member("U-ANJALI", "anjali.desai@pantrypost.example.com", "Asia/Kolkata");
        using (var request = SlackSigner.Json("/slack/event", AutoEnrollTests.TeamJoin("Ev-off-anjali", member)))
        using (var joined = await fixture.Client.SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        }

        await Task.Delay(1_000);
        Assert.Empty(await StoredEnrollments.IdsAsync(Path.Combine(fixture.DataFolder, "wayfinder.db"), "anjali.desai@pantrypost.example.com"));
    }

    private async Task<string> EnrollAsync(string email, string start)
    {
        using var response = await fixture.Client.PostAsJsonAsync(new Uri("/api/onboarding/enrollments", UriKind.Relative), new { email, startDate = start });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<string?> StatusAsync(string id, string nudge, string expected = "Sent")
    {
        var deadline = DateTime.UtcNow + Wait;
        string? status = null;
        while (DateTime.UtcNow < deadline && status != expected)
        {
            var view = await fixture.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/onboarding/enrollments/{id}", UriKind.Relative));
            status = view.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("id").GetString() == nudge).GetProperty("status").GetString();
            await Task.Delay(100);
        }

        return status;
    }
}
