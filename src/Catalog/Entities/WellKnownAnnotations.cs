namespace Wayfinder.Catalog.Entities;

/// <summary>Annotation keys a chat bot cares about (Backstage's and Wayfinder's own).</summary>
public static class WellKnownAnnotations
{
    /// <summary>Comma-separated names people use in chat for the entity.</summary>
    public const string Aliases = "wayfinder.dev/aliases";

    /// <summary>Slack channel of a team or service, e.g. <c>#team-payments</c>.</summary>
    public const string SlackChannel = "wayfinder.dev/slack-channel";

    /// <summary>Microsoft Teams channel of a team or service.</summary>
    public const string TeamsChannel = "wayfinder.dev/teams-channel";

    /// <summary>PagerDuty service id.</summary>
    public const string PagerDutyServiceId = "pagerduty.com/service-id";

    /// <summary>PagerDuty integration key.</summary>
    public const string PagerDutyIntegrationKey = "pagerduty.com/integration-key";

    /// <summary>Opsgenie team name.</summary>
    public const string OpsgenieTeam = "opsgenie.com/team";

    /// <summary>Opsgenie alert query selecting the component.</summary>
    public const string OpsgenieComponentSelector = "opsgenie.com/component-selector";

    /// <summary>Docs source, <c>dir:.</c> or <c>url:…</c>.</summary>
    public const string TechDocsRef = "backstage.io/techdocs-ref";

    /// <summary>Source location, <c>url:</c> + repository URL.</summary>
    public const string SourceLocation = "backstage.io/source-location";

    /// <summary><c>org/repo</c> on GitHub.</summary>
    public const string GitHubProjectSlug = "github.com/project-slug";
}
