using System.Globalization;
using System.Data.Common;

namespace Wayfinder.Bot.Conversations;

/// <summary>
/// <see cref="IConversationStore"/> in the bot's database (SQLite by default, PostgreSQL for several replicas).
/// One connection per call (see <see cref="IWayfinderDatabase"/>).
/// </summary>
internal sealed class ConversationStore(IWayfinderDatabase database) : IConversationStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS conversations (
            platform TEXT NOT NULL, key TEXT NOT NULL, reference TEXT NOT NULL, email TEXT NULL,
            updated_at TEXT NOT NULL, revoked BIGINT NOT NULL DEFAULT 0, PRIMARY KEY (platform, key));
        CREATE INDEX IF NOT EXISTS conversations_email ON conversations (platform, email);
        """;

    public async Task SaveAsync(StoredConversation conversation, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CommandFor(null, """
            INSERT INTO conversations (platform, key, reference, email, updated_at, revoked)
            VALUES (@platform, @key, @reference, @email, @updated, 0)
            ON CONFLICT (platform, key) DO UPDATE SET
                reference = excluded.reference, email = COALESCE(excluded.email, conversations.email),
                updated_at = excluded.updated_at, revoked = 0
            """, ("@platform", conversation.Platform), ("@key", conversation.Key), ("@reference", conversation.Reference),
            ("@email", conversation.Email?.ToLowerInvariant()), ("@updated", conversation.UpdatedAt.ToString("O", CultureInfo.InvariantCulture)));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<StoredConversation?> GetAsync(string platform, string key, CancellationToken cancellationToken) =>
        QueryOneAsync("platform = @platform AND key = @value", platform, key, cancellationToken);

    public Task<StoredConversation?> FindByEmailAsync(string platform, string email, CancellationToken cancellationToken) =>
        QueryOneAsync("platform = @platform AND email = @value AND revoked = 0", platform, email.Trim().ToLowerInvariant(), cancellationToken);

    public async Task RevokeAsync(string platform, string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CommandFor(null, "UPDATE conversations SET revoked = 1 WHERE platform = @platform AND key = @key",
            ("@platform", platform), ("@key", key));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<StoredConversation?> QueryOneAsync(string where, string platform, string value, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CommandFor(null,
            $"SELECT platform, key, reference, email, updated_at, revoked FROM conversations WHERE {where} ORDER BY updated_at DESC LIMIT 1",
            ("@platform", platform), ("@value", value));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new StoredConversation(
            reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
            DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture), reader.GetInt64(5) != 0);
    }

    private Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync("conversations", Schema, cancellationToken);
}
