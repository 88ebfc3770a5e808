namespace Wayfinder.Skills.Tests.Support;

/// <summary>
/// A component as the GitHub source leaves it when CODEOWNERS disagrees with its owner: the CODEOWNERS owners and the
/// edit link in annotations (written here as a file; the skills only read the annotations).
/// </summary>
public sealed class CodeOwnersCatalog() : InlineCatalog(Yaml)
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
        kind: Component
        metadata:
          name: search-service
          annotations:
            wayfinder.dev/codeowners: "@acme/team-b"
            backstage.io/edit-url: https://github.com/acme/search/edit/main/catalog-info.yaml
            wayfinder.dev/source-commit: 0123456789abcdef0123456789abcdef01234567
        spec:
          type: service
          lifecycle: production
          owner: team-a
        """;
}
