namespace Wayfinder.Catalog.Validation;

/// <summary>How bad a catalog problem is.</summary>
public enum ProblemSeverity
{
    /// <summary>Loaded anyway, but someone should look (dangling ref, duplicate, unknown kind).</summary>
    Warning,

    /// <summary>The document, file or location was skipped.</summary>
    Error,
}
