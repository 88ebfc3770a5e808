using Wayfinder.Catalog.Entities;
using Wayfinder.Skills.Tests.Support;
using Wayfinder.Skills.Understanding;

namespace Wayfinder.Skills.Tests.Understanding;

/// <summary>Subject phrases resolved against the sample catalog: exact names in any spelling, hints, typos, ambiguity.</summary>
public sealed class EntityResolverTests(PantrypostCatalog catalog) : IClassFixture<PantrypostCatalog>
{
    [Theory]
    [InlineData("checkout-service", "component:default/checkout-service")]
    [InlineData("the Checkout Service please", "component:default/checkout-service")]
    [InlineData("CheckoutService", "component:default/checkout-service")]
    [InlineData("checkout_service", "component:default/checkout-service")]
    [InlineData("the Developer Platform system", "system:default/developer-platform")]
    [InlineData("the Developer Platform", "system:default/developer-platform")]
    [InlineData("the payments API", "api:default/payments")]
    [InlineData("the Kafka event bus", "resource:default/event-bus")]
    [InlineData("payments service in eu-west", "component:default/payments")]
    [InlineData("chekout-service", "component:default/checkout-service")]
    [InlineData("component:default/orders-worker", "component:default/orders-worker")]
    public void Resolve_NamedSubject_FindsTheEntity(string phrase, string expected)
    {
        var resolution = Resolve(phrase);

        Assert.Equal(ResolutionKind.Found, resolution.Kind);
        Assert.Equal(expected, resolution.Entity!.Ref.ToString());
    }

    [Fact]
    public void Resolve_NameOfAComponentAndAnApi_IsAmbiguousWithBoth()
    {
        var resolution = Resolve("payments");

        Assert.Equal(ResolutionKind.Ambiguous, resolution.Kind);
        Assert.Equal(["component:default/payments", "api:default/payments"], resolution.Candidates.Select(c => c.Ref.ToString()));
    }

    [Fact]
    public void Resolve_KindHintAfterTheName_PicksThatKind()
    {
        Assert.Equal("component:default/payments", Resolve("the payments service").Entity!.Ref.ToString());
    }

    [Theory]
    [InlineData("payments reconciler")]
    [InlineData("flux capacitor")]
    public void Resolve_UnknownName_NotFound(string phrase)
    {
        Assert.Equal(ResolutionKind.NotFound, Resolve(phrase).Kind);
    }

    private Resolution Resolve(string phrase) =>
        new EntityResolver(catalog.Catalog).Resolve(catalog.Catalog.Snapshot, phrase, []);
}
