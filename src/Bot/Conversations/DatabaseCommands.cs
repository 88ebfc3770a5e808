using System.Data.Common;

namespace Wayfinder.Bot.Conversations;

/// <summary>Commands for the bot's stores, written once for SQLite and PostgreSQL alike (ADO.NET, named <c>@</c> parameters).</summary>
internal static class DatabaseCommands
{
    /// <summary>A command for <paramref name="sql"/> in <paramref name="transaction"/> (if any), with its parameters; <c>null</c> values are sent as SQL NULL.</summary>
    public static DbCommand CommandFor(
        this DbConnection connection, DbTransaction? transaction, string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
