using Microsoft.Data.Sqlite;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>Enrolments as the bot stored them in its SQLite file, read beside it (read-only).</summary>
internal static class StoredEnrollments
{
    /// <summary>The ids of every enrolment (cancelled ones too) of <paramref name="email"/>; none before the store exists.</summary>
    public static async Task<IReadOnlyList<string>> IdsAsync(string database, string email)
    {
        var ids = new List<string>();
        try
        {
            await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT id FROM onboarding_enrollments WHERE email = $email ORDER BY created_at";
            command.Parameters.AddWithValue("$email", email);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetString(0));
            }
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 1 or 14)
        {
            // No table (1) or no file (14) yet: nobody has been enrolled.
        }

        return ids;
    }

    /// <summary>Waits until <paramref name="email"/> has an enrolment (at most <paramref name="timeout"/>), then returns the ids.</summary>
    public static async Task<IReadOnlyList<string>> WaitForAsync(string database, string email, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var ids = await IdsAsync(database, email);
            if (ids.Count > 0 || DateTime.UtcNow > deadline)
            {
                return ids;
            }

            await Task.Delay(100);
        }
    }
}
