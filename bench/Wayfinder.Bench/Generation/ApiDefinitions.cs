namespace Wayfinder.Bench.Generation;

/// <summary>Short inline <c>spec.definition</c> texts, one shape per API type.</summary>
internal static class ApiDefinitions
{
    public static string For(string type, string name, string word)
    {
        var title = NameStyle.Title(name);
        var path = word.Replace("-", string.Empty, StringComparison.Ordinal);
        return type switch
        {
            "asyncapi" => $"asyncapi: 2.6.0\ninfo:\n  title: {title}\n  version: 1.0.0\nchannels:\n  {path}/updated:\n    subscribe:\n      message:\n        name: {path}Updated\n",
            "grpc" => $"syntax = \"proto3\";\npackage acme.{path}.v1;\nservice {NameStyle.Camel(name)} {{\n  rpc Get{NameStyle.Capitalize(path)} (Get{NameStyle.Capitalize(path)}Request) returns ({NameStyle.Capitalize(path)});\n}}\n",
            "graphql" => $"type Query {{\n  {path}(id: ID!): {NameStyle.Capitalize(path)}\n}}\ntype {NameStyle.Capitalize(path)} {{\n  id: ID!\n  name: String\n}}\n",
            _ => $"openapi: 3.0.3\ninfo:\n  title: {title}\n  version: 1.0.0\npaths:\n  /{path}:\n    get:\n      summary: List {word.Replace('-', ' ')}\n      responses:\n        '200':\n          description: OK\n",
        };
    }
}
