using System.Net;
using Wayfinder.Catalog.GitHub;

namespace Wayfinder.Catalog.Tests.GitHub;

public sealed class RateLimitHeadersTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WaitFor_SecondaryLimitWithRetryAfter_WaitsThatLong()
    {
        using var response = Response(HttpStatusCode.Forbidden, ("Retry-After", "30"));

        Assert.Equal(TimeSpan.FromSeconds(30), RateLimitHeaders.WaitFor(response, Now));
    }

    [Fact]
    public void WaitFor_PrimaryLimitExhausted_WaitsUntilReset()
    {
        var reset = Now.AddSeconds(42).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var response = Response(HttpStatusCode.Forbidden, ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", reset));

        Assert.Equal(TimeSpan.FromSeconds(42), RateLimitHeaders.WaitFor(response, Now));
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "12")]
    [InlineData(HttpStatusCode.OK, "0")]
    public void WaitFor_NotARateLimit_IsNull(HttpStatusCode status, string remaining)
    {
        using var response = Response(status, ("X-RateLimit-Remaining", remaining), ("X-RateLimit-Reset", "1795000000"));

        Assert.Null(RateLimitHeaders.WaitFor(response, Now));
    }

    private static HttpResponseMessage Response(HttpStatusCode status, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}
