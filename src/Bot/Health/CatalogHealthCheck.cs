using Microsoft.Extensions.Diagnostics.HealthChecks;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bot.Health;

/// <summary>Healthy when a catalog is served; degraded when the last reload failed (the previous one is still served).</summary>
internal sealed class CatalogHealthCheck(ICatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = catalog.Status;
        var data = new Dictionary<string, object>
        {
            ["state"] = status.State.ToString().ToLowerInvariant(),
            ["entities"] = status.Entities,
            ["errors"] = status.Errors,
            ["warnings"] = status.Warnings,
        };
        if (status.LoadedAt is { } loadedAt)
        {
            data["loadedAt"] = loadedAt;
        }

        if (status.LastFailure is { } failure)
        {
            data["lastFailure"] = failure;
        }

        var result = status.State switch
        {
            CatalogState.Loading => HealthCheckResult.Unhealthy("The catalog is loading.", data: data),
            CatalogState.Failed => HealthCheckResult.Unhealthy("No catalog could be loaded.", data: data),
            _ when status.LastFailure is not null => HealthCheckResult.Degraded("The last reload failed; the previous catalog is served.", data: data),
            _ => HealthCheckResult.Healthy($"{status.Entities} entities loaded.", data),
        };
        return Task.FromResult(result);
    }
}
