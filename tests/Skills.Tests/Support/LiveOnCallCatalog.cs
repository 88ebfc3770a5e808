using Microsoft.Extensions.DependencyInjection;
using Wayfinder.Bot.Tests.Support;
using Wayfinder.Skills.OnCall;

namespace Wayfinder.Skills.Tests.Support;

/// <summary>
/// The sample catalog with a fake on-call roster: PagerDuty service PK7D2QW (checkout-service) has two people on call;
/// every other route, such as Opsgenie team last-mile-oncall (route-planner), is down.
/// </summary>
public sealed class LiveOnCallCatalog : AskingCatalog
{
    /// <summary>When the fake PagerDuty answered.</summary>
    public static readonly DateTimeOffset AsOf = new(2026, 3, 2, 14, 2, 0, TimeSpan.Zero);

    public FakeOnCallRoster Roster { get; } = new FakeOnCallRoster().Answer(new RosterLookup
    {
        Outcome = RosterOutcome.Found,
        Route = new OnCallRoute(OnCallProvider.PagerDuty, "PK7D2QW"),
        People =
        [
            new OnCallPerson("Diego Álvarez", "diego.alvarez@pantrypost.example.com", "Payments primary", AsOf.AddHours(19)),
            new OnCallPerson("Yuki Sato", "yuki.sato@pantrypost.example.com", "Payments secondary", null),
        ],
        AsOf = AsOf,
        SourceName = "service Checkout",
        SourceUrl = "https://pantrypost.pagerduty.com/service-directory/PK7D2QW",
    });

    protected override void AddServices(IServiceCollection services) => services.AddSingleton<IOnCallRoster>(Roster);

    protected override IEnumerable<string> Paths() => [RepoPaths.Manifests];

    protected override IEnumerable<string> Exclude() => ["slack-app.yaml", "onboarding/**"];
}
