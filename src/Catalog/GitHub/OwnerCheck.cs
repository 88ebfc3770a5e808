using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Validation;

namespace Wayfinder.Catalog.GitHub;

/// <summary>
/// Compares an entity's <c>spec.owner</c> with its repository's CODEOWNERS root owners; when none of them is the
/// catalog's owner, warns at the owner and records them in the <c>wayfinder.dev/codeowners</c> annotation.
/// </summary>
internal static class OwnerCheck
{
    public static Entity Compare(Entity entity, IReadOnlyList<string> codeOwners, List<CatalogProblem> problems)
    {
        if (codeOwners.Count == 0 || entity.Spec["owner"] is not { } ownerNode || ownerNode.AsText() is not { } owner
            || !EntityRef.TryParse(owner, KnownKinds.Group, entity.Ref.Namespace, out var ownerRef, out _))
        {
            return entity;
        }

        var agrees = codeOwners.Any(o => EntityRef.TryParse(CodeOwners.ToEntityRef(o), null, entity.Ref.Namespace, out var r, out _) && r == ownerRef);
        if (agrees)
        {
            return entity;
        }

        var listed = string.Join(' ', codeOwners);
        var position = new SourcePosition(entity.Source.Path, Math.Max(ownerNode.Line, 1), Math.Max(ownerNode.Column, 1));
        lock (problems)
        {
            problems.Add(new CatalogProblem(ProblemSeverity.Warning, position,
                $"owner disagrees with CODEOWNERS: catalog: {owner}; CODEOWNERS: {listed}"));
        }

        return EntityEdits.WithAnnotations(entity, [new(GitHubAnnotations.CodeOwners, listed)]);
    }
}
