using System.Globalization;
using Wayfinder.Bot.Conversations;
using System.Data.Common;

namespace Wayfinder.Bot.Onboarding.Enrollments;

/// <summary>Row reading and parameter plumbing of <see cref="EnrollmentStore"/>.</summary>
internal sealed partial class EnrollmentStore
{
    private static Enrollment ReadEnrollment(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), ParseDate(r.GetString(4)), r.GetString(5),
        r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7), ParseInstant(r.GetString(8)),
        r.IsDBNull(9) ? null : ParseInstant(r.GetString(9)), r.IsDBNull(10) ? null : r.GetString(10));

    private static NudgeRecord ReadNudge(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3).Split(',', StringSplitOptions.RemoveEmptyEntries),
        ParseDate(r.GetString(4)), ParseInstant(r.GetString(5)), Enum.Parse<NudgeStatus>(r.GetString(6)), (int)r.GetInt64(7),
        r.IsDBNull(8) ? null : ParseInstant(r.GetString(8)));

    private static async Task ExecuteAsync(
        DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CommandFor(transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseInstant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
