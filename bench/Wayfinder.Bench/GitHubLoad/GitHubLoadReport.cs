using System.Globalization;
using System.Text;
using Wayfinder.Bench.Reporting;

namespace Wayfinder.Bench.GitHubLoad;

/// <summary>The GitHub discovery run as Markdown.</summary>
internal static class GitHubLoadReport
{
    public static string Render(GitHubLoadResult r, MachineInfo machine, DateTimeOffset date)
    {
        var text = new StringBuilder();
        text.AppendLine("# Wayfinder GitHub discovery benchmark").AppendLine();
        text.AppendLine(Line($"Machine: {machine.Describe()}  "));
        text.AppendLine(Line($"Date: {date:yyyy-MM-dd HH:mm} UTC  "));
        text.AppendLine(Line($"Organisation: {r.Repositories:N0} repositories ({r.Read:N0} read; archived and forks listed, not read), {r.Files:N0} files, seed {r.Seed}  "));
        text.AppendLine(Line($"Latency: {r.Latency.TotalMilliseconds:F0} ms added to every answer of the fake GitHub")).AppendLine();
        text.AppendLine("| phase | wall time | requests (list / GraphQL / contents) | per repository | 200s | 304s | entities | pages |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var p in r.Phases)
        {
            var s = p.Server;
            text.AppendLine(Line($"| {p.Name} | {Units.Seconds(p.Wall.TotalSeconds)} | {s.Total:N0} ({s.ListPages} / {s.GraphQl} / {s.Contents}) | {PerRepository(s.Total, r.Repositories)} | {s.Ok:N0} | {s.NotModified:N0} | {p.Entities:N0} | {p.Pages:N0} |"));
        }

        text.AppendLine();
        text.AppendLine(Line($"Every phase: 0 errors, 0 warnings, entities and pages as planned; the client's count (`GitHubApi.Stats`) equals the server's. The last phase pushed to {r.Pushed} repositories (a changed Component description) and every change is in the catalog."));
        text.AppendLine(Line($"Not in any phase: mapping the organisation in WireMock ({r.Mappings:N0} mappings: REST contents routes only for the files Locations name) took {Units.Seconds(r.PublishTime.TotalSeconds)}, and the fake was warmed up after each mapping; a list page straight from the fake takes {Units.Milliseconds(r.FakeOk.TotalMicroseconds)} as a 200 and {Units.Milliseconds(r.FakeNotModified.TotalMicroseconds)} as a 304 (medians, latency included): the wall times include the fake's own time for every request.")).AppendLine();
        var cold = r.Phases[0].Server.Total / (double)r.Repositories;
        var warm = r.Phases[1].Server;
        text.AppendLine(Line($"- {(cold <= 2 ? "met" : "MISSED")}: cold load at most 2 requests per repository (measured {PerRepository(r.Phases[0].Server.Total, r.Repositories)})"));
        text.AppendLine(Line($"- {(warm.NotModified == warm.Total ? "met" : "MISSED")}: warm unchanged load only 304s ({warm.NotModified} of {warm.Total})"));
        return text.ToString();
    }

    private static string PerRepository(int requests, int repositories) => (requests / (double)repositories).ToString("F3", CultureInfo.InvariantCulture);

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
