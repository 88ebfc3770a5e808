using System.Data.Common;

namespace Wayfinder.Bot.Conversations;

/// <summary>
/// The database the bot keeps its state in: SQLite under <c>data/</c> by default, or one PostgreSQL shared by every
/// replica (<c>Onboarding:Store=postgres</c>). Stores write portable SQL (<c>@name</c> parameters, text dates,
/// <c>ON CONFLICT</c>); this says only how to connect and what a duplicate key looks like.
/// </summary>
internal interface IWayfinderDatabase
{
    /// <summary>An open connection, after <paramref name="schema"/> (named <paramref name="schemaName"/>) has run once.</summary>
    Task<DbConnection> OpenAsync(string schemaName, string schema, CancellationToken cancellationToken);

    /// <summary>True when <paramref name="exception"/> is a unique-key violation.</summary>
    bool IsUniqueViolation(DbException exception);
}
