namespace Wayfinder.Catalog.GitHub;

/// <summary>
/// The GraphQL query that reads many repositories' catalog files in one request: for each repository (by node id) its
/// default branch head, the descriptor, the three places GitHub looks for CODEOWNERS, the README, and the docs folder's
/// files. Paths are variables (<c>HEAD:path</c> expressions), so one query text serves every setting. The REST API
/// would need a request per file and repository.
/// </summary>
internal static class RepositoryFilesQuery
{
    public const string Text = """
        query RepositoryFiles($ids: [ID!]!, $descriptor: String!, $codeOwners0: String!, $codeOwners1: String!, $codeOwners2: String!, $readme: String!, $docs: String!) {
          nodes(ids: $ids) {
            ... on Repository {
              id
              defaultBranchRef { name target { oid } }
              descriptor: object(expression: $descriptor) { ...file }
              codeOwners0: object(expression: $codeOwners0) { ...file }
              codeOwners1: object(expression: $codeOwners1) { ...file }
              codeOwners2: object(expression: $codeOwners2) { ...file }
              readme: object(expression: $readme) { ...file }
              docs: object(expression: $docs) { ... on Tree { entries { name path type object { ...file } } } }
            }
          }
        }
        fragment file on Blob { text isBinary isTruncated }
        """;

    /// <summary>The variables for one batch of repositories.</summary>
    public static Dictionary<string, object> Variables(IReadOnlyList<string> nodeIds, GitHubOptions options) => new()
    {
        ["ids"] = nodeIds,
        ["descriptor"] = Head(options.DescriptorPath),
        ["codeOwners0"] = Head(CodeOwners.Locations[0]),
        ["codeOwners1"] = Head(CodeOwners.Locations[1]),
        ["codeOwners2"] = Head(CodeOwners.Locations[2]),
        ["readme"] = Head(options.ReadmePath.Length > 0 ? options.ReadmePath : options.DescriptorPath),
        ["docs"] = Head(options.DocsPath.Length > 0 ? options.DocsPath : options.DescriptorPath),
    };

    // A README or docs folder that is turned off (empty path) is asked as the descriptor instead: "HEAD:" alone would
    // be the whole root tree. The answer is then ignored (RepositoryFilesReader); for docs it is a blob, not a tree,
    // so it comes back empty.
    private static string Head(string path) => $"HEAD:{path.Trim('/')}";
}
