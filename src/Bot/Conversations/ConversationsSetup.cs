using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Wayfinder.Bot.Conversations;

/// <summary>Registers the conversation store (SQLite under <c>data/</c> by default).</summary>
public static class ConversationsSetup
{
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IWayfinderDatabase, SqliteDatabase>();
        services.TryAddSingleton<IConversationStore, ConversationStore>();
        return services;
    }
}
