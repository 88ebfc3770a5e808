namespace Wayfinder.Skills.Tests.Support;

/// <summary>Two users whose emails differ only by a dot (<c>kenneth.ali@</c>, <c>kenneth.a.li@</c>), as in large generated catalogs.</summary>
public sealed class CollidingEmailsCatalog() : InlineCatalog(Yaml)
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
        kind: User
        metadata:
          name: kenneth.ali
        spec:
          profile:
            displayName: Kenneth Ali
            email: kenneth.ali@acme.example
          memberOf: [team-a]
        ---
        apiVersion: backstage.io/v1alpha1
        kind: User
        metadata:
          name: kenneth.a.li
        spec:
          profile:
            displayName: Kenneth Li
            email: kenneth.a.li@acme.example
          memberOf: [team-a]
        """;
}
