using Wayfinder.Catalog.Querying;

namespace Wayfinder.Catalog.Tests.Support;

/// <summary>A hand-written <see cref="ICatalogLoader"/> whose next load returns or throws whatever the test says.</summary>
internal sealed class ScriptedCatalogLoader : ICatalogLoader
{
    /// <summary>What the next <see cref="LoadAsync"/> does.</summary>
    public Func<CatalogSnapshot> Next { get; set; } = () => CatalogSnapshot.Empty;

    public int Loads { get; private set; }

    public Task<CatalogSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Loads++;
        return Task.FromResult(Next());
    }
}
