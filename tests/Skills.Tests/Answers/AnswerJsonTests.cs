using System.Text.Json;
using Wayfinder.Skills.Answers;

namespace Wayfinder.Skills.Tests.Answers;

/// <summary>The documented JSON contract of an answer.</summary>
public sealed class AnswerJsonTests
{
    private static readonly Answer Sample = new()
    {
        Intent = Intents.Owner,
        Subject = "component:default/artist-lookup",
        Refs = ["component:default/artist-lookup", "group:default/team-a"],
        Text = "artist-lookup is owned by Team A & co.",
        Sources = [new AnswerSource("components/artist-lookup.yaml", 3)],
        Title = "artist-lookup",
        Facts = [new AnswerFact("Owner", "Team A")],
        Links = [new AnswerLink("Runbook", "https://example.com/rb", "runbook")],
    };

    [Fact]
    public void Serialize_Answer_CamelCaseFieldsInContractOrder()
    {
        using var json = JsonDocument.Parse(AnswerJson.Serialize(Sample));

        Assert.Equal(
            ["intent", "subject", "alternatives", "refs", "text", "sources", "title", "facts", "links"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("owner", json.RootElement.GetProperty("intent").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("sources")[0].GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("alternatives").ValueKind);
    }

    [Fact]
    public void Serialize_NoSubject_NullNotOmitted()
    {
        using var json = JsonDocument.Parse(AnswerJson.Serialize(Sample with { Subject = null }));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("subject").ValueKind);
    }

    [Fact]
    public void Deserialize_SerializedAnswer_RoundTrips()
    {
        var back = AnswerJson.Deserialize(AnswerJson.Serialize(Sample))!;

        Assert.Equal(Sample.Text, back.Text);
        Assert.Equal(Sample.Refs, back.Refs);
        Assert.Equal(Sample.Links, back.Links);
        Assert.Equal(Sample.Sources, back.Sources);
    }

    [Fact]
    public void Serialize_Compact_OneLine()
    {
        Assert.DoesNotContain('\n', AnswerJson.Serialize(Sample with { Text = "two\nlines" }));
    }
}
