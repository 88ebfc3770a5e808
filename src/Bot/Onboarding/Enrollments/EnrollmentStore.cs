using System.Globalization;
using System.Data.Common;
using Wayfinder.Bot.Conversations;

namespace Wayfinder.Bot.Onboarding.Enrollments;

/// <summary>
/// Enrolments, their nudges and their steps' Done state, in the bot's database (SQLite, or PostgreSQL shared by replicas). A nudge is claimed with a guarded
/// update (<c>pending → sending</c>), so two scheduler nodes or a repeated firing never send it twice.
/// </summary>
internal sealed partial class EnrollmentStore(IWayfinderDatabase database)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS onboarding_enrollments (
            id TEXT PRIMARY KEY, email TEXT NOT NULL, person TEXT NOT NULL, plan TEXT NOT NULL, start_date TEXT NOT NULL,
            time_zone TEXT NOT NULL, manager TEXT NULL, buddy TEXT NULL, created_at TEXT NOT NULL, cancelled_at TEXT NULL);
        CREATE UNIQUE INDEX IF NOT EXISTS onboarding_enrollments_active ON onboarding_enrollments (email) WHERE cancelled_at IS NULL;
        CREATE TABLE IF NOT EXISTS onboarding_nudges (
            enrollment_id TEXT NOT NULL, nudge_id TEXT NOT NULL, kind TEXT NOT NULL, step_ids TEXT NOT NULL, local_date TEXT NOT NULL,
            due_utc TEXT NOT NULL, status TEXT NOT NULL, attempts BIGINT NOT NULL DEFAULT 0, sent_at TEXT NULL,
            PRIMARY KEY (enrollment_id, nudge_id));
        CREATE TABLE IF NOT EXISTS onboarding_steps (
            enrollment_id TEXT NOT NULL, step_id TEXT NOT NULL, done_at TEXT NULL, PRIMARY KEY (enrollment_id, step_id));
        CREATE TABLE IF NOT EXISTS onboarding_time_zone_sources (enrollment_id TEXT PRIMARY KEY, source TEXT NOT NULL);
        """;

    /// <summary>Stores a new enrolment with its nudges and steps in one transaction; false when the person already has an active one.</summary>
    public async Task<bool> AddAsync(Enrollment enrollment, IReadOnlyList<NudgeRecord> nudges, IReadOnlyList<string> steps, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, transaction, """
                INSERT INTO onboarding_enrollments (id, email, person, plan, start_date, time_zone, manager, buddy, created_at)
                VALUES (@id, @email, @person, @plan, @start, @zone, @manager, @buddy, @created)
                """, cancellationToken, ("@id", enrollment.Id), ("@email", enrollment.Email), ("@person", enrollment.Person), ("@plan", enrollment.Plan),
                ("@start", Date(enrollment.StartDate)), ("@zone", enrollment.TimeZone), ("@manager", enrollment.Manager), ("@buddy", enrollment.Buddy),
                ("@created", Instant(enrollment.CreatedAt))).ConfigureAwait(false);
        }
        catch (DbException e) when (database.IsUniqueViolation(e))
        {
            return false; // the unique index: this person is already enrolled
        }

        if (enrollment.TimeZoneSource is { } source)
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO onboarding_time_zone_sources (enrollment_id, source) VALUES (@enrollment, @source)",
                cancellationToken, ("@enrollment", enrollment.Id), ("@source", source)).ConfigureAwait(false);
        }

        foreach (var nudge in nudges)
        {
            await ExecuteAsync(connection, transaction, """
                INSERT INTO onboarding_nudges (enrollment_id, nudge_id, kind, step_ids, local_date, due_utc, status)
                VALUES (@enrollment, @nudge, @kind, @steps, @date, @due, 'Pending')
                """, cancellationToken, ("@enrollment", enrollment.Id), ("@nudge", nudge.NudgeId), ("@kind", nudge.Kind),
                ("@steps", string.Join(',', nudge.StepIds)), ("@date", Date(nudge.LocalDate)), ("@due", Instant(nudge.DueUtc))).ConfigureAwait(false);
        }

        foreach (var step in steps)
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO onboarding_steps (enrollment_id, step_id) VALUES (@enrollment, @step)",
                cancellationToken, ("@enrollment", enrollment.Id), ("@step", step)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public Task<Enrollment?> GetAsync(string id, CancellationToken cancellationToken) =>
        QueryEnrollmentAsync("id = @value", id, cancellationToken);

    public Task<Enrollment?> FindActiveAsync(string email, CancellationToken cancellationToken) =>
        QueryEnrollmentAsync("email = @value AND cancelled_at IS NULL", email, cancellationToken);

    /// <summary>True when the person has ever been enrolled, including enrolments since cancelled.</summary>
    public async Task<bool> EverEnrolledAsync(string email, CancellationToken cancellationToken) =>
        await QueryEnrollmentAsync("email = @value", email, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Every enrolment that is not cancelled and names a manager.</summary>
    public async Task<IReadOnlyList<Enrollment>> ActiveWithManagerAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CommandFor(null, """
            SELECT id, email, person, plan, start_date, time_zone, manager, buddy, created_at, cancelled_at, z.source
            FROM onboarding_enrollments e LEFT JOIN onboarding_time_zone_sources z ON z.enrollment_id = e.id
            WHERE cancelled_at IS NULL AND manager IS NOT NULL ORDER BY manager, start_date, id
            """);
        var enrollments = new List<Enrollment>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            enrollments.Add(ReadEnrollment(reader));
        }

        return enrollments;
    }

    public async Task<IReadOnlyList<NudgeRecord>> NudgesAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CommandFor(null, """
            SELECT enrollment_id, nudge_id, kind, step_ids, local_date, due_utc, status, attempts, sent_at
            FROM onboarding_nudges WHERE enrollment_id = @id ORDER BY due_utc, nudge_id
            """, ("@id", enrollmentId));
        var nudges = new List<NudgeRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            nudges.Add(ReadNudge(reader));
        }

        return nudges;
    }

    public async Task<IReadOnlyList<StepState>> StepsAsync(string enrollmentId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CommandFor(null, "SELECT step_id, done_at FROM onboarding_steps WHERE enrollment_id = @id", ("@id", enrollmentId));
        var steps = new List<StepState>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            steps.Add(new StepState(reader.GetString(0), !reader.IsDBNull(1), reader.IsDBNull(1) ? null : ParseInstant(reader.GetString(1))));
        }

        return steps;
    }

    /// <summary>Claims a pending nudge for sending; false when another firing already took it (or it was skipped).</summary>
    public Task<bool> TryClaimAsync(string enrollmentId, string nudgeId, CancellationToken cancellationToken) =>
        UpdateNudgeAsync("status = 'Sending', attempts = attempts + 1", "status = 'Pending'", enrollmentId, nudgeId, null, cancellationToken);

    /// <summary>
    /// Claims a nudge a crashed node left claimed (<c>sending</c>), when Quartz recovers that node's job. The crashed node
    /// may have sent it in the instant before it died; losing the nudge would be worse than that rare repeat.
    /// </summary>
    public Task<bool> TryReclaimAsync(string enrollmentId, string nudgeId, CancellationToken cancellationToken) =>
        UpdateNudgeAsync("status = 'Sending', attempts = attempts + 1", "status IN ('Pending', 'Sending')", enrollmentId, nudgeId, null, cancellationToken);

    public Task<bool> MarkAsync(string enrollmentId, string nudgeId, NudgeStatus status, DateTimeOffset? at, CancellationToken cancellationToken) =>
        UpdateNudgeAsync("status = @status, sent_at = @at", "1 = 1", enrollmentId, nudgeId, (status.ToString(), at), cancellationToken);

    /// <summary>Puts a claimed nudge back (a retryable failure).</summary>
    public Task<bool> ReleaseAsync(string enrollmentId, string nudgeId, CancellationToken cancellationToken) =>
        UpdateNudgeAsync("status = 'Pending'", "status = 'Sending'", enrollmentId, nudgeId, null, cancellationToken);

    public async Task<bool> CompleteStepAsync(string enrollmentId, string stepId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CommandFor(null,
            "UPDATE onboarding_steps SET done_at = COALESCE(done_at, @at) WHERE enrollment_id = @id AND step_id = @step",
            ("@at", Instant(at)), ("@id", enrollmentId), ("@step", stepId));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <summary>Cancels the enrolment and skips its pending nudges; false when there is no such active enrolment.</summary>
    public async Task<bool> CancelAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cancel = connection.CommandFor(null, "UPDATE onboarding_enrollments SET cancelled_at = @at WHERE id = @id AND cancelled_at IS NULL",
            ("@at", Instant(at)), ("@id", id));
        if (await cancel.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            return false;
        }

        await using var skip = connection.CommandFor(null, "UPDATE onboarding_nudges SET status = 'Skipped' WHERE enrollment_id = @id AND status = 'Pending'", ("@id", id));
        await skip.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> UpdateNudgeAsync(
        string set, string guard, string enrollmentId, string nudgeId, (string Status, DateTimeOffset? At)? values, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CommandFor(null, $"UPDATE onboarding_nudges SET {set} WHERE enrollment_id = @id AND nudge_id = @nudge AND {guard}",
            ("@id", enrollmentId), ("@nudge", nudgeId), ("@status", values?.Status), ("@at", values?.At is { } at ? Instant(at) : null));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    private async Task<Enrollment?> QueryEnrollmentAsync(string where, string value, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CommandFor(null,
            $"""
            SELECT id, email, person, plan, start_date, time_zone, manager, buddy, created_at, cancelled_at, z.source
            FROM onboarding_enrollments e LEFT JOIN onboarding_time_zone_sources z ON z.enrollment_id = e.id WHERE {where}
            """,
            ("@value", value));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadEnrollment(reader) : null;
    }

    private Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync("onboarding", Schema, cancellationToken);
}
