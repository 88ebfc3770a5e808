using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bot.Health;

/// <summary>Waits for the first catalog load, so work that arrives during start-up (queued questions, nudges due while the bot was down) is done with the catalog rather than without it.</summary>
internal static class CatalogWait
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    public static async Task UntilLoadedAsync(ICatalog catalog, TimeProvider time, CancellationToken cancellationToken)
    {
        while (catalog.Status.State == CatalogState.Loading)
        {
            await Task.Delay(Poll, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
