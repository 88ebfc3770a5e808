namespace Wayfinder.Skills.Tests.Support;

/// <summary>A Component and an API both named <c>ledger</c>, owned by different teams.</summary>
public sealed class SharedNameCatalog() : InlineCatalog(Yaml)
{
    private const string Yaml = """
        apiVersion: backstage.io/v1alpha1
        kind: Group
        metadata:
          name: team-a
        spec:
          type: team
          children: []
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Group
        metadata:
          name: team-b
        spec:
          type: team
          children: []
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: ledger
        spec:
          type: service
          lifecycle: production
          owner: team-a
        ---
        apiVersion: backstage.io/v1alpha1
        kind: API
        metadata:
          name: ledger
        spec:
          type: openapi
          lifecycle: production
          owner: team-b
          definition: "openapi: 3.0.0"
        """;
}
