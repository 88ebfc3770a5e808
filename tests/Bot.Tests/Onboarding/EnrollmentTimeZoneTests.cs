using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Onboarding;

/// <summary>
/// The time zone of an enrolment over HTTP on the real bot: the person's Slack profile (the fake Slack), else the
/// request's <c>timeZone</c>, else <c>Onboarding:DefaultTimeZone</c> (UTC here); the view says which.
/// </summary>
public sealed class EnrollmentTimeZoneTests(OnboardingBot fixture) : IClassFixture<OnboardingBot>
{
    [Theory]
    [InlineData("lucas.fernandes", "Asia/Tokyo", "America/New_York", "Asia/Tokyo", "slack")]
    [InlineData("amara.okafor", null, "America/New_York", "America/New_York", "request")]
    [InlineData("jonas.weber", null, null, "UTC", "default")]
    [InlineData("noah.schmidt", "Mars/Olympus_Mons", "America/New_York", "America/New_York", "request")]
    [InlineData("zara.hussain", "Mars/Olympus_Mons", null, "UTC", "default")]
    public async Task Enroll_SlackThenRequestThenDefault_ZoneAndItsSourceShown(string person, string? slackZone, string? requestZone, string zone, string source)
    {
        var email = $"{person}@pantrypost.example.com";
        if (slackZone is null)
        {
            fixture.Slack.Stranger(email);
        }
        else
        {
            fixture.Slack.Person(email, $"U-{person}", slackZone);
        }

        var start = DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var response = await fixture.Client.PostAsJsonAsync(new Uri("/api/onboarding/enrollments", UriKind.Relative), new { email, startDate = start, timeZone = requestZone });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var shown = await fixture.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/onboarding/enrollments/{created.GetProperty("id").GetString()}", UriKind.Relative));
        Assert.All(new[] { created, shown }, view =>
        {
            Assert.Equal(zone, view.GetProperty("timeZone").GetString());
            Assert.Equal(source, view.GetProperty("timeZoneSource").GetString());
        });
        var first = created.GetProperty("steps")[0];
        var local = TimeZoneInfo.ConvertTime(first.GetProperty("dueUtc").GetDateTimeOffset(), TimeZoneInfo.FindSystemTimeZoneById(zone));
        Assert.Equal(first.GetProperty("localDate").GetString(), local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(new TimeSpan(9, 30, 0), local.TimeOfDay);
    }
}
