namespace Wayfinder.Skills.Understanding;

/// <summary>How resolving a subject phrase went.</summary>
internal enum ResolutionKind
{
    /// <summary>The phrase names nothing at all ("who owns it").</summary>
    NoPhrase,

    /// <summary>One entity fits best.</summary>
    Found,

    /// <summary>Several entities fit equally well; the answer lists them.</summary>
    Ambiguous,

    /// <summary>Nothing fits; there may be "did you mean" candidates.</summary>
    NotFound,
}
