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

        IReadOnlyList<DescriptorDocument> documents;
        try
        {
            documents = DescriptorReader.Read(chars.AsMemory(0, length), context.Limits);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }

        var entities = new List<Entity>();
        var substitutions = new SubstitutionResolver(context, fullPath, log);
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (document.Error is { } readError)
            {
                log.Error(Math.Max(readError.Line, 1), Math.Max(readError.Column, 1), readError.Message);
                continue;
            }

            var errorsBefore = log.ErrorCount;
            var root = document.HasSubstitutions
                ? await substitutions.ResolveAsync(document.Root!, cancellationToken).ConfigureAwait(false)
                : document.Root!;
            if (EntityReader.Read(root, log) is { } entity && log.ErrorCount == errorsBefore)
            {
                entities.Add(entity);
            }
        }

        return new LoadedFile(fullPath, entities);
    }
}
