namespace Wayfinder.Bench.Compare;

/// <summary>
/// One entity as Backstage's catalog collator hands it to the search index (<c>CatalogEntityDocument</c>): the fields
/// the Lunr baseline indexes, written one JSON object a line.
/// </summary>
internal sealed record BaselineDocument(
    string Location, string Title, string Text, string ComponentType, string Type, string Namespace, string Kind, string Lifecycle, string Owner);
