using Microsoft.Extensions.Options;
using Wayfinder.Bot.Conversations;
using Wayfinder.Bot.Onboarding.Digest;
using Wayfinder.Bot.Onboarding.Enrollments;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Onboarding.Digest;

/// <summary>
/// Claims of weekly digests in a real SQLite file (and a throwaway PostgreSQL): once per manager and week, again only when
/// put back or recovered.
/// </summary>
public sealed class DigestStoreTests : IDisposable
{
    private const string Manager = "user:default/hannah.lindqvist";
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"wayfinder-digests-{Guid.NewGuid():N}");
    private readonly SqliteDatabase _database;
    private readonly DigestStore _store;

    public DigestStoreTests()
    {
        _database = new SqliteDatabase(Options.Create(new StorageOptions { SqlitePath = Path.Combine(_folder, "wayfinder.db") }));
        _store = new DigestStore(_database);
    }

    [Fact]
    public async Task TryClaim_SameManagerAndWeekTwice_SecondRefused()
    {
        var first = await _store.TryClaimAsync(Manager, "2026-W19", recovering: false, Now, CancellationToken.None);
        await _store.MarkAsync(Manager, "2026-W19", NudgeStatus.Sent, Now, CancellationToken.None);
        var second = await _store.TryClaimAsync(Manager, "2026-W19", recovering: true, Now, CancellationToken.None);
        var nextWeek = await _store.TryClaimAsync(Manager, "2026-W20", recovering: false, Now, CancellationToken.None);

        Assert.Equal(1, first);
        Assert.Null(second);
        Assert.Equal(1, nextWeek);
    }

    [Fact]
    public async Task TryClaim_PutBack_ClaimedAgainAsTheNextAttempt()
    {
        await _store.TryClaimAsync(Manager, "2026-W19", recovering: false, Now, CancellationToken.None);
        await _store.MarkAsync(Manager, "2026-W19", NudgeStatus.Pending, Now, CancellationToken.None);

        Assert.Equal(2, await _store.TryClaimAsync(Manager, "2026-W19", recovering: false, Now, CancellationToken.None));
    }

    [Fact]
    public async Task TryClaim_LeftSendingByACrash_TakenOnlyByARecovery()
    {
        await _store.TryClaimAsync(Manager, "2026-W19", recovering: false, Now, CancellationToken.None);

        var again = await _store.TryClaimAsync(Manager, "2026-W19", recovering: false, Now, CancellationToken.None);
        var recovered = await _store.TryClaimAsync(Manager, "2026-W19", recovering: true, Now, CancellationToken.None);

        Assert.Null(again);
        Assert.Equal(2, recovered);
    }

    [SkippableFact]
    public async Task TryClaim_OnPostgres_OncePerManagerAndWeekAgainWhenPutBack()
    {
        var (postgres, whyNot) = await PostgresServer.StartAsync();
        Skip.If(postgres is null, $"No PostgreSQL server could be started here: {whyNot}");
        await using var server = postgres!;
        await using var source = Npgsql.NpgsqlDataSource.Create(server.ConnectionString);
        using var database = new PostgresDatabase(source);
        var store = new DigestStore(database);

        var first = await store.TryClaimAsync(Manager, "2026-W19", recovering: false, Now, CancellationToken.None);
        var taken = await store.TryClaimAsync(Manager, "2026-W19", recovering: false, Now, CancellationToken.None);
        await store.MarkAsync(Manager, "2026-W19", NudgeStatus.Pending, Now, CancellationToken.None);
        var again = await store.TryClaimAsync(Manager, "2026-W19", recovering: false, Now, CancellationToken.None);

        Assert.Equal(1, first);
        Assert.Null(taken);
        Assert.Equal(2, again);
    }

    public void Dispose()
    {
        _database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
