using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Wayfinder.Bot.Conversations;

/// <summary>Registers the bot's database and the conversation store (SQLite under <c>data/</c> by default, PostgreSQL with <c>Onboarding:Store=postgres</c>).</summary>
public static class ConversationsSetup
{
    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        if (UsesPostgres(configuration))
        {
            var connectionString = configuration.GetConnectionString("Wayfinder")
                ?? throw new InvalidOperationException("Onboarding:Store=postgres needs ConnectionStrings:Wayfinder.");
            services.TryAddSingleton(_ => Npgsql.NpgsqlDataSource.Create(connectionString));
            services.TryAddSingleton<IWayfinderDatabase, PostgresDatabase>();
        }

        services.TryAddSingleton<IWayfinderDatabase, SqliteDatabase>();
        services.TryAddSingleton<IConversationStore, ConversationStore>();
        return services;
    }

    /// <summary>True when <c>Onboarding:Store</c> is <c>postgres</c>: state and schedule in one shared PostgreSQL.</summary>
    public static bool UsesPostgres(IConfiguration configuration) =>
        string.Equals(configuration["Onboarding:Store"], "postgres", StringComparison.OrdinalIgnoreCase);
}
