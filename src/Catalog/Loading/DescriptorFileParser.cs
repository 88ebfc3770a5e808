using System.Buffers;
using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Validation;

namespace Wayfinder.Catalog.Loading;

/// <summary>Reads one descriptor file into its valid entities; every problem goes to the load's problem list.</summary>
internal static class DescriptorFileParser
{
    public static async Task<LoadedFile> ParseAsync(LoadContext context, string fullPath, CancellationToken cancellationToken)
    {
        var log = context.LogFor(fullPath);
        var (chars, length, error) = await TextFileReader.ReadCharsAsync(fullPath, context.Options.MaxFileBytes, TextFileReader.CatalogLimit, cancellationToken)
            .ConfigureAwait(false);
        if (chars is null)
        {
            log.Error(1, 1, error!);
            return new LoadedFile(fullPath, []);
        }

        try
        {
            var substitutions = new SubstitutionResolver(context, new LocalSubstitutionSource(context, fullPath), log);
            var entities = await ParseTextAsync(context, chars.AsMemory(0, length), log, substitutions, cancellationToken).ConfigureAwait(false);
            return new LoadedFile(fullPath, entities);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// Reads descriptor text (from a file or another source, such as a repository on GitHub) into its valid entities,
    /// with the same validation as files; <paramref name="substitutions"/> replaces <c>$text</c>/<c>$json</c>/<c>$yaml</c> maps.
    /// </summary>
    public static async Task<List<Entity>> ParseTextAsync(
        LoadContext context, ReadOnlyMemory<char> text, ProblemLog log, SubstitutionResolver substitutions, CancellationToken cancellationToken)
    {
        var documents = DescriptorReader.Read(text, context.Limits);
        var entities = new List<Entity>();
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (document.Error is { } readError)
            {
                log.Error(Math.Max(readError.Line, 1), Math.Max(readError.Column, 1), readError.Message);
                continue;
            }

            var errorsBefore = log.ErrorCount;
            var root = document.Root!;
            if (document.HasSubstitutions)
            {
                root = await substitutions.ResolveAsync(root, cancellationToken).ConfigureAwait(false);
            }

            if (EntityReader.Read(root, log) is { } entity && log.ErrorCount == errorsBefore)
            {
                entities.Add(entity);
            }
        }

        return entities;
    }
}
