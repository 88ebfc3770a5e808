using WireMock.Logging;

namespace Wayfinder.Bench.GitHubLoad;

/// <summary>
/// The requests one phase sent, counted on the server side from the fake's request log: by kind (repository list pages,
/// GraphQL POSTs, REST contents, anything else) and by answer (200, 304, other).
/// </summary>
internal sealed record RequestCounts(int ListPages, int GraphQl, int Contents, int Other, int Ok, int NotModified, int OtherStatus)
{
    public int Total => ListPages + GraphQl + Contents + Other;

    public static RequestCounts From(IEnumerable<ILogEntry> entries, string organization)
    {
        int list = 0, graphQl = 0, contents = 0, other = 0, ok = 0, notModified = 0, otherStatus = 0;
        foreach (var entry in entries)
        {
            var path = entry.RequestMessage.Path;
            if (path == $"/orgs/{organization}/repos")
            {
                list++;
            }
            else if (path == "/graphql")
            {
                graphQl++;
            }
            else if (path.StartsWith($"/repos/{organization}/", StringComparison.Ordinal) && path.Contains("/contents/", StringComparison.Ordinal))
            {
                contents++;
            }
            else
            {
                other++;
            }

            switch (Status(entry))
            {
                case 200: ok++; break;
                case 304: notModified++; break;
                default: otherStatus++; break;
            }
        }

        return new RequestCounts(list, graphQl, contents, other, ok, notModified, otherStatus);
    }

    /// <summary>WireMock keeps the status as whatever the mapping gave (an int, an enum or a string).</summary>
    private static int Status(ILogEntry entry) => entry.ResponseMessage?.StatusCode switch
    {
        int code => code,
        System.Net.HttpStatusCode code => (int)code,
        string text when int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var code) => code,
        _ => -1,
    };
}
