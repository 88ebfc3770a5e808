using System.Text;
using Wayfinder.Bot.GitHub;

namespace Wayfinder.Bot.Tests.GitHub;

public sealed class GitHubSignatureTests
{
    // GitHub's documented example: secret "It's a Secret to Everybody", payload "Hello, World!".
    private const string Secret = "It's a Secret to Everybody";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("Hello, World!");

    [Fact]
    public void Compute_GitHubsDocumentedExample_SameSignature() =>
        Assert.Equal("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17", GitHubSignature.Compute(Secret, Body));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e18")]
    [InlineData("sha1=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    [InlineData("757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    public void IsValid_MissingOrWrongSignature_False(string? header) => Assert.False(GitHubSignature.IsValid(Secret, header, Body));

    [Fact]
    public void IsValid_BodyChangedAfterSigning_False() =>
        Assert.False(GitHubSignature.IsValid(Secret, GitHubSignature.Compute(Secret, Body), Encoding.UTF8.GetBytes("Hello, World?")));

    [Fact]
    public void IsValid_SignedWithTheSecret_True() => Assert.True(GitHubSignature.IsValid(Secret, GitHubSignature.Compute(Secret, Body), Body));
}
