using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wayfinder.Catalog.Querying;
using Wayfinder.Bot.Api;

namespace Wayfinder.Bot.Cli;

/// <summary><c>search "text" [--catalog PATH]... [--json] [--limit N]</c>: ranked hits, as a table or JSON.</summary>
internal static class SearchCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "What to look for; may include filters such as kind:api, owner:team-a, tag:java." };
        var catalogOption = CatalogCliOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the hits as JSON (the same shape as GET /api/search)." };
        var limit = new Option<int>("--limit") { Description = "Most hits to show.", DefaultValueFactory = _ => 10 };
        var command = new Command("search", "Search the catalog.") { text, catalogOption, json, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = CatalogCliOption.CreateHost(parse.GetValue(catalogOption));
            var catalog = host.Services.GetRequiredService<ICatalog>();
            var status = await catalog.ReloadAsync(cancellationToken).ConfigureAwait(false);
            if (status.State != CatalogState.Loaded)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"The catalog could not be loaded: {status.LastFailure}").ConfigureAwait(false);
                return 1;
            }

            var hits = SearchHitResponse.From(catalog.Search(parse.GetValue(text)!, Math.Clamp(parse.GetValue(limit), 1, 1000)));
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(hits, Json));
            }
            else
            {
                Print(hits, output);
            }

            return 0;
        });
        return command;
    }

    private static void Print(IReadOnlyList<SearchHitResponse> hits, TextWriter output)
    {
        if (hits.Count == 0)
        {
            output.WriteLine("No matches.");
            return;
        }

        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            output.WriteLine($"{i + 1,2}. {hit.Ref}  \"{hit.Title}\"  owner: {hit.Owner ?? "-"}  score: {hit.Score:F2}");
        }
    }
}
