using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Onboarding;

/// <summary>On the real bot: a nudge Slack cannot deliver (no such user) is marked failed and the manager is told in their DM.</summary>
public sealed class UndeliverableNudgeTests(OnboardingBot fixture) : IClassFixture<OnboardingBot>
{
    [Fact]
    public async Task Nudge_PersonSlackDoesNotKnow_ManagerToldInTheirDm()
    {
        fixture.Slack.Stranger("nadia.petrova@pantrypost.example.com");
        fixture.Slack.Person("hannah.lindqvist@pantrypost.example.com", "U-HANNAH", "Etc/UTC");
        fixture.Slack.DirectMessage("U-HANNAH", "D-HANNAH");
        var start = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var response = await fixture.Client.PostAsJsonAsync(new Uri("/api/onboarding/enrollments", UriKind.Relative),
            new { email = "nadia.petrova@pantrypost.example.com", startDate = start, manager = "hannah.lindqvist@pantrypost.example.com" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var told = Assert.Single(await fixture.Slack.WaitForAsync("chat.postMessage", c => c.Channel == "D-HANNAH", 1, TimeSpan.FromSeconds(30)));
        Assert.Contains("Wayfinder couldn't deliver Nadia Petrova's onboarding steps 'welcome', 'accounts-and-tools'", told.Text, StringComparison.Ordinal);
        Assert.EndsWith("Please reach out to them directly.", told.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Slack.Calls("chat.postMessage"), c => c.Channel == "D0001" && c.Text!.Contains("Nadia", StringComparison.Ordinal));
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var view = await fixture.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/onboarding/enrollments/{id}", UriKind.Relative));
        Assert.Equal("Failed", view.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "catch-up").GetProperty("status").GetString());
    }
}
