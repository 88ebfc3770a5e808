namespace Wayfinder.Bench.GitHubLoad;

/// <summary>A temporary local catalog folder holding the teams (Groups) the repositories' owners name; deleted on dispose.</summary>
internal sealed class BenchTeamsFolder : IDisposable
{
    public BenchTeamsFolder(IEnumerable<string> teams)
    {
        Path = Directory.CreateTempSubdirectory("wayfinder-bench-github-").FullName;
        var documents = teams.Select(team => $"""
            apiVersion: backstage.io/v1alpha1
            kind: Group
            metadata:
              name: {team}
            spec:
              type: team
              children: []

            """);
        File.WriteAllText(System.IO.Path.Combine(Path, "teams.yaml"), string.Join("---\n", documents));
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
