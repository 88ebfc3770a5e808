namespace Wayfinder.Catalog.Loading;

/// <summary>Substitution targets next to a local descriptor file, which must stay inside the catalog's folders.</summary>
internal sealed class LocalSubstitutionSource(LoadContext context, string containingFile) : ISubstitutionSource
{
    public async Task<(string? Text, string? Problem)> ReadAsync(string target, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(containingFile)!, target));
        if (!context.IsAllowed(fullPath))
        {
            return (null, " lies outside the catalog folders; not read");
        }

        var (text, error) = await TextFileReader.ReadAsync(fullPath, context.Options.MaxFileBytes, TextFileReader.CatalogLimit, cancellationToken)
            .ConfigureAwait(false);
        return text is null ? (null, $": {error}") : (text, null);
    }
}
