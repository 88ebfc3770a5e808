namespace Wayfinder.Catalog.Loading;

/// <summary>Where <c>$text</c>/<c>$json</c>/<c>$yaml</c> targets of one descriptor file are read from (its folder, or its repository).</summary>
internal interface ISubstitutionSource
{
    /// <summary>
    /// The text of the file <paramref name="target"/> names, relative to the descriptor; or <c>null</c> and the
    /// problem, worded to follow "$text target 'x'" (e.g. <c>": file not found"</c>).
    /// </summary>
    Task<(string? Text, string? Problem)> ReadAsync(string target, CancellationToken cancellationToken);
}
