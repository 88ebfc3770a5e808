using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL server from the installed binaries (<c>/usr/lib/postgresql/*/bin</c>): a fresh cluster in a
/// temporary folder on a free loopback port, trust authentication, stopped and deleted on dispose. As root, the server
/// runs as the <c>postgres</c> user (PostgreSQL refuses root). <see cref="StartAsync"/> returns <c>null</c> and says
/// why when no server can be started here.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _folder;

    private PostgresServer(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=true;Timeout=15";

    public static async Task<(PostgresServer? Server, string? WhyNot)> StartAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).Order().LastOrDefault()
            : null;
        if (bin is null)
        {
            return (null, "no PostgreSQL server binaries under /usr/lib/postgresql (install the postgresql package)");
        }

        var folder = Path.Combine(Path.GetTempPath(), $"wayfinder-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var server = new PostgresServer(bin, folder, FreePort());
        if (Environment.UserName == "root" && await RunAsync("chown", ["-R", "postgres:postgres", folder]) is { } chown)
        {
            return (null, $"cannot hand {folder} to the postgres user: {chown}");
        }

        var data = Path.Combine(folder, "data");
        if (await server.PgAsync("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]) is { } initdb)
        {
            return (null, $"initdb failed: {initdb}");
        }

        var options = $"-p {server.Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200";
        return await server.PgAsync("pg_ctl", ["-D", data, "-o", options, "-l", Path.Combine(folder, "log"), "-w", "-t", "60", "start"]) is { } start
            ? (null, $"pg_ctl start failed: {start}")
            : (server, null);
    }

    public async ValueTask DisposeAsync()
    {
        await PgAsync("pg_ctl", ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"]);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The server may still be releasing its files; the temporary folder is cleaned by the system.
        }
    }

    private Task<string?> PgAsync(string tool, string[] args) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args])
            : RunAsync(Path.Combine(_bin, tool), args);

    /// <summary>Runs a command; <c>null</c> when it succeeded, else its output.</summary>
    private static async Task<string?> RunAsync(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            return process.ExitCode == 0 ? null : $"{file} exited {process.ExitCode}: {await error}{await output}";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or TimeoutException)
        {
            return $"{file}: {e.Message}";
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
