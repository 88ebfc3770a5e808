using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Wayfinder.Bot.Health;

/// <summary>Registers and maps <c>GET /healthz</c>.</summary>
public static class HealthSetup
{
    /// <summary>Adds the health checks (catalog).</summary>
    public static IServiceCollection AddWayfinderHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<CatalogHealthCheck>("catalog");
        return services;
    }

    /// <summary>Maps <c>/healthz</c>: 200 when healthy or degraded, 503 while loading or failed.</summary>
    public static IEndpointRouteBuilder MapWayfinderHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = HealthResponseWriter.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return endpoints;
    }
}
