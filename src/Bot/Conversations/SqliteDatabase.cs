using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Wayfinder.Bot.Conversations;

/// <summary>
/// The bot's SQLite file (<see cref="StorageOptions.SqlitePath"/>), shared by its stores: a pooled connection per call,
/// write-ahead logging, and each store's tables created the first time it opens the file.
/// </summary>
internal sealed class SqliteDatabase(IOptions<StorageOptions> options) : IWayfinderDatabase, IDisposable
{
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private readonly ConcurrentDictionary<string, bool> _created = new(StringComparer.Ordinal);

    /// <summary>The full path of the file.</summary>
    public string Path => System.IO.Path.GetFullPath(options.Value.SqlitePath);

    /// <summary>A connection string for the file (Quartz's store uses the same file).</summary>
    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path, Pooling = true }.ToString();

    /// <summary>An open connection, after <paramref name="schema"/> (named <paramref name="schemaName"/>) has run once.</summary>
    public async Task<DbConnection> OpenAsync(string schemaName, string schema, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (!_created.ContainsKey(schemaName))
        {
            await CreateAsync(connection, schemaName, schema, cancellationToken).ConfigureAwait(false);
        }

        return connection;
    }

    public bool IsUniqueViolation(DbException exception) => exception is SqliteException { SqliteErrorCode: 19 };

    public void Dispose() => _schemaLock.Dispose();

    private async Task CreateAsync(SqliteConnection connection, string schemaName, string schema, CancellationToken cancellationToken)
    {
        await _schemaLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;\n" + schema;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _created[schemaName] = true;
        }
        finally
        {
            _schemaLock.Release();
        }
    }
}
