using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Tests.Support;

namespace Wayfinder.Skills.Tests.Asking;

/// <summary>Anything a person can type gets a polite answer: never an exception, never markup or input echoed unbounded.</summary>
public sealed class HostileQuestionTests(PantrypostCatalog catalog) : IClassFixture<PantrypostCatalog>
{
    public static TheoryData<string> Hostile => new()
    {
        "",
        "   \t\n ",
        new string('x', 2_500),
        "who owns " + new string('a', 5_000),
        "🙂🙂🙂 who owns 🙂",
        "\uD83D",
        "مرحبا، من يملك checkout-service؟",
        "\u202Ewho owns checkout\u202C",
        "who\u0000 owns\u0007 checkout\u001B[31m",
        "<@U123ABC> <!channel> <#C123|general>",
        "<script>alert(1)</script>",
        "who owns <script>alert(1)</script>",
        "'; DROP TABLE entities; --",
        "who owns ' OR 1=1 --",
        "owner:*",
        "a AND (",
        "~",
        "\"",
        "who owns \"unterminated",
        "kind:api owner:* \"",
        "*:* OR title:/.*/",
        "who owns ?*~^[]{}",
        "who owns ../../etc/passwd",
        "who owns :/",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void AnswerAsync_HostileText_PoliteAnswerWithinBounds(string text)
    {
        var answer = catalog.Ask(text);

        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
        Assert.True(answer.Text.Length < 2_000, $"answer of {answer.Text.Length} characters");
        Assert.DoesNotContain("<script>", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(answer.Text, c => char.IsControl(c) && c != '\n');
        Assert.NotNull(AnswerJson.Deserialize(AnswerJson.Serialize(answer)));
    }

    [Fact]
    public void AnswerAsync_Empty_GuidesInsteadOfSearching()
    {
        var answer = catalog.Ask("  ");

        Assert.Equal(Intents.Unknown, answer.Intent);
        Assert.Contains("help", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnswerAsync_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            catalog.Answerer.AnswerAsync(new Skills.Asking.Question("who owns x"), cancelled.Token).AsTask().GetAwaiter().GetResult());
    }
}
