using System.Text.Json.Nodes;
using Octokit;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Loading;
using Wayfinder.Catalog.Validation;

namespace Wayfinder.Catalog.GitHub;

/// <summary>
/// The Component a repository without a descriptor stands for: its name, description, topics as tags, its web address,
/// owned by its CODEOWNERS root rule (no owner when there is none). Built as a descriptor and read with the same
/// validation as written ones.
/// </summary>
internal static class RepositoryComponent
{
    public static Entity? Build(Repository repository, RepositoryCoordinates at, IReadOnlyList<string> codeOwners, ProblemLog log)
    {
        var metadata = new JsonObject
        {
            ["name"] = RepositoryName.ToEntityName(repository.Name),
            ["annotations"] = new JsonObject
            {
                [WellKnownAnnotations.GitHubProjectSlug] = at.Slug,
                [WellKnownAnnotations.SourceLocation] = $"url:{at.HtmlUrl}/tree/{at.Branch}/",
            },
            ["links"] = new JsonArray(new JsonObject { ["url"] = at.HtmlUrl, ["title"] = "Repository", ["icon"] = "github" }),
        };
        if (!string.IsNullOrWhiteSpace(repository.Description))
        {
            metadata["description"] = repository.Description;
        }

        if (repository.Topics is { Count: > 0 } topics)
        {
            metadata["tags"] = new JsonArray([.. topics.Select(t => (JsonNode)t)]);
        }

        var spec = new JsonObject { ["type"] = "service", ["lifecycle"] = "production" };
        // spec.owner is required; without a CODEOWNERS owner a placeholder passes validation and is taken out again,
        // so the answer says "no owner" instead of naming a team that does not exist.
        spec["owner"] = codeOwners.Count > 0 ? CodeOwners.ToEntityRef(codeOwners[0]) : "group:none";
        var document = new JsonObject
        {
            ["apiVersion"] = "backstage.io/v1alpha1", ["kind"] = "Component", ["metadata"] = metadata, ["spec"] = spec,
        };
        using var json = System.Text.Json.JsonDocument.Parse(document.ToJsonString());
        var entity = EntityReader.Read(JsonToDescriptor.Convert(json.RootElement, 1, 1), log);
        return entity is not null && codeOwners.Count == 0 ? EntityEdits.WithoutSpecField(entity, "owner") : entity;
    }
}
