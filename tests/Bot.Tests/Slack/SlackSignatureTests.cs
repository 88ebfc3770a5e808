using System.Text;
using Wayfinder.Bot.Slack.Signing;

namespace Wayfinder.Bot.Tests.Slack;

/// <summary>Slack's v0 signature, starting with the worked example from Slack's documentation.</summary>
public sealed class SlackSignatureTests
{
    private const string DocsSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string DocsTimestamp = "1531420618";
    private const string DocsSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static readonly byte[] DocsBody = Encoding.UTF8.GetBytes(
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar" +
        "&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com" +
        "%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");

    private static readonly DateTimeOffset DocsTime = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    [Fact]
    public void Compute_SlackDocumentationExample_MatchesItsSignature()
    {
        Assert.Equal(DocsSignature, SlackSignature.Compute(DocsSecret, DocsTimestamp, DocsBody));
    }

    [Fact]
    public void Check_SlackDocumentationExampleAtItsTime_Valid()
    {
        Assert.Equal(SignatureCheck.Valid, Check([DocsSecret], DocsTimestamp, DocsSignature, DocsBody, DocsTime));
    }

    [Fact]
    public void Check_SecondOfTwoRotatingSecrets_Valid()
    {
        Assert.Equal(SignatureCheck.Valid, Check(["new-secret", DocsSecret], DocsTimestamp, DocsSignature, DocsBody, DocsTime));
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    public void Check_MoreThanFiveMinutesAway_Stale(int seconds)
    {
        Assert.Equal(SignatureCheck.Stale, Check([DocsSecret], DocsTimestamp, DocsSignature, DocsBody, DocsTime.AddSeconds(seconds)));
    }

    [Fact]
    public void Check_FiveMinutesAway_StillValid()
    {
        Assert.Equal(SignatureCheck.Valid, Check([DocsSecret], DocsTimestamp, DocsSignature, DocsBody, DocsTime.AddSeconds(300)));
    }

    [Theory]
    [InlineData(null, DocsSignature)]
    [InlineData(DocsTimestamp, null)]
    [InlineData("", "")]
    public void Check_MissingHeader_MissingHeaders(string? timestamp, string? signature)
    {
        Assert.Equal(SignatureCheck.MissingHeaders, Check([DocsSecret], timestamp, signature, DocsBody, DocsTime));
    }

    [Theory]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b504")]
    [InlineData("v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503")]
    [InlineData("v0=a2114d57")]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void Check_WrongSignature_Mismatch(string signature)
    {
        Assert.Equal(SignatureCheck.Mismatch, Check([DocsSecret], DocsTimestamp, signature, DocsBody, DocsTime));
    }

    [Fact]
    public void Check_BodyChangedByOneByte_Mismatch()
    {
        var body = (byte[])DocsBody.Clone();
        body[^1] ^= 1;

        Assert.Equal(SignatureCheck.Mismatch, Check([DocsSecret], DocsTimestamp, DocsSignature, body, DocsTime));
    }

    [Fact]
    public void Check_NoSecretsConfigured_Mismatch()
    {
        Assert.Equal(SignatureCheck.Mismatch, Check([], DocsTimestamp, DocsSignature, DocsBody, DocsTime));
    }

    private static SignatureCheck Check(string[] secrets, string? timestamp, string? signature, byte[] body, DateTimeOffset now) =>
        SlackSignature.Check(secrets, timestamp, signature, body, now, TimeSpan.FromMinutes(5));
}
