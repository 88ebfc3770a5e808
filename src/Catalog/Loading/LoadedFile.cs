using Wayfinder.Catalog.Entities;

namespace Wayfinder.Catalog.Loading;

/// <summary>The valid entities of one descriptor file, in document order.</summary>
internal sealed record LoadedFile(string FullPath, IReadOnlyList<Entity> Entities);
