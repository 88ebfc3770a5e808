using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Skills.Tests.Support;

/// <summary>The sample catalog shipped in <c>manifests/</c> (Pantrypost), with the skills on top.</summary>
public sealed class PantrypostCatalog : AskingCatalog
{
    protected override IEnumerable<string> Paths() => [RepoPaths.Manifests];

    /// <summary>As the bot's appsettings.json: the Slack app manifest and the onboarding plans live beside the descriptors.</summary>
    protected override IEnumerable<string> Exclude() => ["slack-app.yaml", "onboarding/**"];
}
