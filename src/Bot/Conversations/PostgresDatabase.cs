using System.Collections.Concurrent;
using System.Data.Common;
using Npgsql;

namespace Wayfinder.Bot.Conversations;

/// <summary>The bot's state in PostgreSQL (<c>ConnectionStrings:Wayfinder</c>), shared by every replica; each store's tables created on first use.</summary>
internal sealed class PostgresDatabase(NpgsqlDataSource dataSource) : IWayfinderDatabase, IDisposable
{
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private readonly ConcurrentDictionary<string, bool> _created = new(StringComparer.Ordinal);

    public async Task<DbConnection> OpenAsync(string schemaName, string schema, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (!_created.ContainsKey(schemaName))
        {
            await _schemaLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // Replicas may race to create the same tables; a lock keyed by the schema name serialises them.
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT pg_advisory_xact_lock(hashtext(@name)); {schema}";
                command.Parameters.AddWithValue("name", schemaName);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                command.Transaction = transaction;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                _created[schemaName] = true;
            }
            finally
            {
                _schemaLock.Release();
            }
        }

        return connection;
    }

    public bool IsUniqueViolation(DbException exception) => exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public void Dispose() => _schemaLock.Dispose();
}
