using System.Data.Common;
using System.Globalization;
using Wayfinder.Bot.Conversations;
using Wayfinder.Bot.Onboarding.Enrollments;

namespace Wayfinder.Bot.Onboarding.Digest;

/// <summary>
/// The digests sent, one row per manager and ISO week, in the bot's database (SQLite, or PostgreSQL shared by replicas).
/// A digest is claimed before it is sent (<c>pending → sending</c>, or a new row), so a second firing, another replica or a
/// restart never sends it twice; one put back (<c>pending</c>) may be claimed again.
/// </summary>
internal sealed class DigestStore(IWayfinderDatabase database)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS onboarding_digests (
            manager TEXT NOT NULL, week TEXT NOT NULL, status TEXT NOT NULL, attempts BIGINT NOT NULL, updated_at TEXT NOT NULL,
            PRIMARY KEY (manager, week));
        """;

    /// <summary>
    /// Claims the manager's digest of <paramref name="week"/>; returns the attempt it is (1 for the first), or <c>null</c> when
    /// it was sent, failed or is being sent. <paramref name="recovering"/> also takes over a claim a crashed node left.
    /// </summary>
    public async Task<int?> TryClaimAsync(string manager, string week, bool recovering, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var claimable = recovering ? "'Pending', 'Sending'" : "'Pending'";
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CommandFor(null, $"""
            INSERT INTO onboarding_digests (manager, week, status, attempts, updated_at) VALUES (@manager, @week, 'Sending', 1, @at)
            ON CONFLICT (manager, week) DO UPDATE SET status = 'Sending', attempts = onboarding_digests.attempts + 1, updated_at = excluded.updated_at
            WHERE onboarding_digests.status IN ({claimable})
            RETURNING attempts
            """, Key(manager, week, at));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } attempts and not DBNull
            ? Convert.ToInt32(attempts, CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>Records how the send went: <c>Sent</c>, <c>Failed</c>, or <c>Pending</c> to be claimed again.</summary>
    public async Task MarkAsync(string manager, string week, NudgeStatus status, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CommandFor(null,
            "UPDATE onboarding_digests SET status = @status, updated_at = @at WHERE manager = @manager AND week = @week", [.. Key(manager, week, at), ("@status", status.ToString())]);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static (string Name, object? Value)[] Key(string manager, string week, DateTimeOffset at) =>
        [("@manager", manager), ("@week", week), ("@at", at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))];

    private Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync("onboarding-digests", Schema, cancellationToken);
}
