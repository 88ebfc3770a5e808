using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Skills.Tests.Support;

/// <summary>Backstage's example catalog, from its two entry points <c>all.yaml</c> and <c>acme-corp.yaml</c>, with the skills on top.</summary>
public sealed class BackstageExampleCatalog : AskingCatalog
{
    protected override IEnumerable<string> Paths() => [RepoPaths.BackstageAll, RepoPaths.BackstageOrg];
}
