using System.Text.Json;
using Wayfinder.Bot.Slack;

namespace Wayfinder.Bot.Tests.Slack;

/// <summary>Slack's inner event read from JSON: <c>user</c> is an id in messages and a whole user object in <c>team_join</c>.</summary>
public sealed class SlackEventTests
{
    [Fact]
    public void Deserialize_TeamJoin_MemberWithEmailTimeZoneAndFlags()
    {
        var e = Read("""{"type":"team_join","user":{"id":"U1","deleted":false,"tz":"America/Los_Angeles","is_bot":false,"profile":{"email":" Jane.Doe@Example.com "}}}""");

        Assert.Null(e.User);
        Assert.Equal(new Wayfinder.Bot.Slack.Outbound.SlackUser("U1", "jane.doe@example.com", null, "America/Los_Angeles", false, false), e.Member);
    }

    [Fact]
    public void Deserialize_Message_UserIdAndNoMember()
    {
        var e = Read("""{"type":"message","user":"U0001","text":"hi","channel":"D1","ts":"1.2"}""");

        Assert.Equal("U0001", e.User);
        Assert.Null(e.Member);
    }

    [Theory]
    [InlineData("""{"type":"team_join","user":42}""")]
    [InlineData("""{"type":"team_join","user":[]}""")]
    [InlineData("""{"type":"team_join"}""")]
    public void Deserialize_UserOfNoKnownShape_NeitherIdNorMember(string json)
    {
        var e = Read(json);

        Assert.Null(e.User);
        Assert.Null(e.Member);
    }

    [Fact]
    public void Deserialize_MemberFieldsOfTheWrongType_ReadAsAbsent()
    {
        var e = Read("""{"type":"team_join","user":{"id":7,"deleted":"yes","is_bot":1,"tz":null,"profile":{"email":42}}}""");

        Assert.Equal(new Wayfinder.Bot.Slack.Outbound.SlackUser("", null, null, null, false, false), e.Member);
    }

    private static Wayfinder.Bot.Slack.Inbound.SlackEvent Read(string json) =>
        JsonSerializer.Deserialize(json, SlackJsonContext.Default.SlackEvent)!;
}
